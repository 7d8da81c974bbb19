using IommuActors.Exploration;
using IommuActors.Kernel;
using IommuActors.Kernel.Versions;

namespace IommuActors.Scenarios;

/// <summary>Wires a scenario into the explorer: boots its topology on a kernel under <see cref="TestingEngine"/>.</summary>
public static class ScenarioExplorer
{
    /// <summary>Builds the program that boots the scenario's topology on <paramref name="kernel"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="kernel">The kernel.</param>
    /// <returns>The program, with the model's invariants.</returns>
    public static ActorProgram Program(ScenarioSpec scenario, KernelConfig kernel)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return KernelModel.Build(scenario.Topology, kernel);
    }

    /// <summary>Explores a variant.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="variant">One of its variants.</param>
    /// <param name="kernel">The kernel, usually <see cref="VariantSpec.ResolveKernel"/> of the variant.</param>
    /// <param name="options">The exploration options.</param>
    /// <returns>The run.</returns>
    public static ScenarioRun Explore(ScenarioSpec scenario, VariantSpec variant, KernelConfig kernel, ExplorationOptions options)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var report = TestingEngine.Explore(Program(scenario, kernel), options);
        return new ScenarioRun(scenario, variant, kernel, options, report);
    }

    /// <summary>Explores a variant on its own kernel.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="variant">One of its variants.</param>
    /// <param name="options">The exploration options.</param>
    /// <returns>The run.</returns>
    public static ScenarioRun Explore(ScenarioSpec scenario, VariantSpec variant, ExplorationOptions options)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return Explore(scenario, variant, variant.ResolveKernel(), options);
    }
}
