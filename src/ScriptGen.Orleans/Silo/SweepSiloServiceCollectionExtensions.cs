using Microsoft.Extensions.DependencyInjection;

namespace ScriptGen.Orleans;

/// <summary>Sets up a silo to run ScriptGen sweep shards.</summary>
public static class SweepSiloServiceCollectionExtensions
{
    /// <summary>
    /// Lets the silo run shards of sweeps that clients send with <see cref="ClusterSweepRunner"/>: give it the bar store
    /// and the scripts deployed with it. Call it on the silo's services (<c>siloBuilder.Services.AddScriptGenSweeps(...)</c>).
    /// </summary>
    /// <example>
    /// <code>
    /// siloBuilder.Services.AddScriptGenSweeps(sweeps =&gt;
    /// {
    ///     sweeps.BarStore = new FolderBarStore("/data/bars");
    ///     sweeps.AddScripts(typeof(EmaCross).Assembly);
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddScriptGenSweeps(this IServiceCollection services, Action<SweepSiloOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.AddSingleton<SiloSweepServices>();
        return services;
    }
}
