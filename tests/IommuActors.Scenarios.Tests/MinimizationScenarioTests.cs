using IommuActors.Exploration;
using IommuActors.Exploration.Minimization;
using Xunit.Abstractions;

namespace IommuActors.Scenarios.Tests;

/// <summary>Minimisation and coverage on the seed scenarios' buggy variants.</summary>
public class MinimizationScenarioTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Buggy => new()
    {
        { "rk3288-drm-detach", "buggy", "detach-to-null-default-domain" },
        { "apple-display-multi-dart", "buggy", "iommu-config-einval" },
        { "apple-display-multi-dart", "buggy-first-fix", "partial-iommu-probe" },
        { "mt2701-vfio-attach", "buggy", "attach-reports-success-without-attach" },
        { "arm64-acpi-smmu-notifier", "buggy", "iommu-state-left-after-failed-probe" },
        { "release-domain-rmr", "buggy", "release-blocked-require-direct" },
    };

    [Theory]
    [MemberData(nameof(Buggy))]
    public void Buggy_MinimizedSchedule_IsNoLongerAndReplaysStrictlyToTheSameId(string scenario, string variantName, string expected)
    {
        // Given
        var spec = ScenarioLoader.Load(RepoPaths.File("scenarios", scenario + ".conf"));
        var variant = spec.FindVariant(variantName)!;
        var program = ScenarioExplorer.Program(spec, variant.ResolveKernel());

        // When
        var run = ScenarioExplorer.Explore(spec, variant, new ExplorationOptions { Iterations = 10_000, Seed = 1, MaxSteps = 5000 });

        // Then
        var found = run.Report.Violations.ShouldHaveSingleItem();
        found.Violation.Id.ShouldBe(expected);
        var minimization = found.Minimization.ShouldNotBeNull();
        output.WriteLine($"{scenario} {variantName}: {minimization.OriginalSteps} -> {minimization.MinimizedSteps} steps, "
            + $"{minimization.OriginalPreemptions} -> {minimization.MinimizedPreemptions} preemptions, {minimization.Runs} runs");
        minimization.OriginalSteps.ShouldBe(found.Schedule.Count);
        minimization.MinimizedSteps.ShouldBeLessThanOrEqualTo(minimization.OriginalSteps);
        minimization.Runs.ShouldBeLessThanOrEqualTo(MinimizationOptions.Default.MaxRuns);
        var replay = TestingEngine.Replay(program, found.MinimizedSchedule!, 5000);
        replay.Followed.ShouldBeTrue(replay.Divergence?.ToString());
        replay.Run!.Violation!.Id.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Buggy))]
    public void Buggy_LenientReplayOfTheOriginal_ReproducesItExactly(string scenario, string variantName, string expected)
    {
        var spec = ScenarioLoader.Load(RepoPaths.File("scenarios", scenario + ".conf"));
        var variant = spec.FindVariant(variantName)!;
        var program = ScenarioExplorer.Program(spec, variant.ResolveKernel());
        var found = ScenarioExplorer.Explore(spec, variant, new ExplorationOptions { Iterations = 10_000, Seed = 1, MaxSteps = 5000, Minimize = false })
            .Report.Violations.ShouldHaveSingleItem();

        var lenient = LenientReplay.Run(program, found.Schedule, 5000);

        lenient.Violation!.Id.ShouldBe(expected);
        lenient.ScheduleHash.ShouldBe(found.ScheduleHash);
        lenient.StateHash.ShouldBe(found.StateHash);
    }

    [Fact]
    public void AppleDisplay_Coverage_CountsHandlerTriplesAndRacingPairs()
    {
        var spec = ScenarioLoader.Load(RepoPaths.File("scenarios", "apple-display-multi-dart.conf"));

        var run = ScenarioExplorer.Explore(spec, spec.FindVariant("mainline")!, new ExplorationOptions { Iterations = 200, Seed = 1, Coverage = true });

        var coverage = run.Report.Coverage.ShouldNotBeNull();
        output.WriteLine($"{coverage.CoveredCount} of {coverage.KnownCount} triples, {coverage.RacingPairs} racing pairs ({coverage.RacingPairsInBothOrders} in both orders)");
        foreach (var pair in coverage.TopRacingPairs)
        {
            output.WriteLine($"{pair.Count,6}  {pair}");
        }

        coverage.CoveredCount.ShouldBeGreaterThan(3);
        coverage.KnownCount.ShouldBeGreaterThanOrEqualTo(coverage.CoveredCount);
        coverage.RacingPairs.ShouldBeGreaterThan(0);
        coverage.RacingPairsInBothOrders.ShouldBeGreaterThan(0);
        coverage.TopRacingPairs.Count.ShouldBeLessThanOrEqualTo(20);
    }
}
