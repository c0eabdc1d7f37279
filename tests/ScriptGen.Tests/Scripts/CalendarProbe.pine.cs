using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>Plots every calendar value of the bar and the previous bar's hour and day of week.</summary>
[Indicator("calendar probe")]
public partial class CalendarProbe
{
    protected override void Process()
    {
        chart.Plot(year, "year");
        chart.Plot(month, "month");
        chart.Plot(dayofmonth, "dayofmonth");
        chart.Plot(dayofweek, "dayofweek");
        chart.Plot(hour, "hour");
        chart.Plot(minute, "minute");
        chart.Plot(second, "second");
        chart.Plot(weekofyear, "weekofyear");
        chart.Plot(hour[1], "hour[1]");
        chart.Plot(dayofweek[1], "dayofweek[1]");
    }
}
