using ScriptGen;

namespace Tests.Scripts;

/// <summary>
/// Which call sites read a bar column's history in place: a declaration with an in-place form, called on every bar,
/// with a bar series itself as its source. The others keep their own copy of the history.
/// </summary>
[Indicator("In-place columns")]
public partial class InPlaceColumns
{
    [Input("Length")]
    public int Length = 5;

    protected override void Process()
    {
        double change = ta.Change(close, Length);        // in place: close
        double momentum = ta.Mom(source: hl2, length: 3); // in place: hl2, named arguments
        double rate = ta.Roc(this.volume, 4);             // in place: this.volume
        double scaled = ta.Roc(close * 2, 4);             // copied: an expression of close
        double price = close;
        double local = ta.Change(price, 2);               // copied: a local holding close
        double cast = ta.Change((double)high, 2);         // copied: an explicit conversion
        double first = ta.Change(close);                  // in place: the default length
        if (close > open)
        {
            chart.Plot(ta.Change(low, 2), "Branch");      // copied: not on every bar
        }

        chart.Plot(change + momentum + rate + scaled + local + cast + first, "Sum");
    }
}
