using System.Collections.Immutable;
using ScriptGen.Namespaces;

namespace ScriptGen;

/// <summary>
/// An immutable map from namespace names to instances: the defaults (<c>ta</c>, <c>math</c>, <c>input</c>,
/// <c>chart</c>, <c>color</c>, <c>strategy</c>) overlaid with what the user registered. Immutable so
/// runs in parallel read it without locks while the environment swaps in a new one on registration.
/// </summary>
internal sealed class NamespaceRegistry
{
    public const string Ta = "ta";
    public const string Math = "math";
    public const string Input = "input";
    public const string Chart = "chart";
    public const string Color = "color";
    public const string Strategy = "strategy";

    private static readonly ImmutableDictionary<string, Type> s_defaultTypes =
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, Type>[]
        {
            new(Ta, typeof(TaNamespace)),
            new(Math, typeof(MathNamespace)),
            new(Input, typeof(InputNamespace)),
            new(Chart, typeof(ChartNamespace)),
            new(Color, typeof(ColorNamespace)),
            new(Strategy, typeof(StrategyNamespace)),
        });

    private readonly ImmutableDictionary<string, object> _instances;

    private NamespaceRegistry(ImmutableDictionary<string, object> instances) => _instances = instances;

    /// <summary>The defaults alone.</summary>
    public static NamespaceRegistry Defaults { get; } = new(
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, object>[]
        {
            new(Ta, TaNamespace.Default),
            new(Math, MathNamespace.Default),
            new(Input, InputNamespace.Default),
            new(Chart, ChartNamespace.Default),
            new(Color, ColorNamespace.Default),
            new(Strategy, StrategyNamespace.Default),
        }));

    /// <summary>The registered names, defaults included.</summary>
    public IEnumerable<string> Names => _instances.Keys;

    /// <summary>A registry where <paramref name="name"/> maps to <paramref name="instance"/>.</summary>
    /// <exception cref="NamespaceException">A default's name given an instance that is not of the default's type.</exception>
    public NamespaceRegistry With(string name, object instance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(instance);
        if (s_defaultTypes.TryGetValue(name, out Type? required) && !required.IsInstanceOfType(instance))
        {
            throw new NamespaceException(
                name,
                required,
                $"Namespace '{name}' replaces a default, so it must be a {required.Name} (or a subclass); got {instance.GetType().FullName}.");
        }

        return new NamespaceRegistry(_instances.SetItem(name, instance));
    }

    /// <summary>The instance registered under <paramref name="name"/>, as a <typeparamref name="T"/>.</summary>
    /// <exception cref="NamespaceException">Nothing registered under the name, or it is not a <typeparamref name="T"/>.</exception>
    public T Resolve<T>(string name)
        where T : class
    {
        if (!_instances.TryGetValue(name, out object? instance))
        {
            throw new NamespaceException(
                name,
                typeof(T),
                $"No namespace '{name}' is registered. Registered: {string.Join(", ", _instances.Keys.Order(StringComparer.Ordinal))}. " +
                $"Register one with RegisterNamespace(\"{name}\", new {typeof(T).Name}()).");
        }

        return instance as T ?? throw new NamespaceException(
            name,
            typeof(T),
            $"Namespace '{name}' is a {instance.GetType().FullName}, but the script asks for a {typeof(T).FullName}.");
    }
}
