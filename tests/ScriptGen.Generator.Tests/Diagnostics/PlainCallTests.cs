using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Parsing;
using ScriptGen.Generator.Tests.Infrastructure;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>
/// Plain facade calls (<c>[PlainCall]</c>: <c>math.Abs</c>, <c>math.Max</c>, ...) keep no call-site state,
/// so none of the call-site rules apply to them, while the stateful <c>math.Sum</c> follows them like
/// <c>ta</c>; and the facades the generator knows are exactly the ones the runtime's script declares.
/// </summary>
public sealed class PlainCallTests
{
    [Fact]
    public void Plain_math_calls_may_stand_in_loops_lambdas_local_functions_shared_helpers_and_other_classes() => ReportsNothing(
        new TestSource(ScriptPath, Usings + """
            [Indicator("Plain")]
            public partial class Plain
            {
                double Spread(double a, double b) => math.Abs(a - b);

                protected override void Process()
                {
                    double widest = 0;
                    for (int back = 0; back < 3; back++)
                    {
                        widest = math.Max(widest, math.Abs(close[back] - open[back]));
                    }

                    System.Func<double, double> root = x => math.Sqrt(x);
                    double Local() => math.Round(close, 2);
                    PineMath borrowed = math;
                    chart.Plot(widest + root(volume) + Local() + Spread(high, low) + Spread(open, close) + borrowed.Log(close), "Plain");
                }
            }
            """),
        new TestSource("Helpers.cs", Usings + """
            public static class Helpers
            {
                public static double Body(PineMath math, double open, double close) => math.Abs(close - open) + math.Avg(open, close, 1, 2);
            }
            """));

    [Fact]
    public void In_another_part_of_a_script_where_math_does_not_bind_only_the_stateful_call_is_reported()
    {
        MarkedSource attributed = MarkedSource.Parse(ScriptPath, Usings + """
            [Indicator("Parts")]
            public partial class Parts
            {
                protected override void Process() => chart.Plot(Extra(), "Extra");
            }
            """);
        MarkedSource other = MarkedSource.Parse("Scripts/Parts.More.cs", Usings + """
            public partial class Parts
            {
                double Extra() => math.Abs(close - open) + math./*!*/Sum(close, 3);
            }
            """);

        Reports("SG0023", new[] { attributed, other }, "'math.Sum' is called outside a [Strategy] or [Indicator] class declaration");
    }

    [Fact]
    public void The_facade_members_the_syntax_filter_knows_are_the_facades_the_runtime_script_declares()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation();
        INamedTypeSymbol? script = compilation.GetTypeByMetadataName("ScriptGen.Script");

        var declared = NamespaceFacade.FindAll(script).Select(f => f.Member).Order(StringComparer.Ordinal);

        Assert.Equal(KnownNames.FacadeMembers.Order(StringComparer.Ordinal), declared);
    }
}
