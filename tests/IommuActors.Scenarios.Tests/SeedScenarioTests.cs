using IommuActors.Exploration;

namespace IommuActors.Scenarios.Tests;

/// <summary>
/// The five seed scenarios (issue acceptance): each buggy variant finds its violation with the random strategy and
/// the schedule replays to it; each fixed variant is explored exhaustively by DFS and is clean.
/// </summary>
public class SeedScenarioTests
{
    public static TheoryData<string, string> Buggy => new()
    {
        { "rk3288-drm-detach", "detach-to-null-default-domain" },
        { "apple-display-multi-dart", "iommu-config-einval" },
        { "mt2701-vfio-attach", "attach-reports-success-without-attach" },
        { "arm64-acpi-smmu-notifier", "iommu-state-left-after-failed-probe" },
        { "release-domain-rmr", "release-blocked-require-direct" },
    };

    public static TheoryData<string> Scenarios => ["rk3288-drm-detach", "apple-display-multi-dart", "mt2701-vfio-attach", "arm64-acpi-smmu-notifier", "release-domain-rmr"];

    [Theory]
    [MemberData(nameof(Buggy))]
    public void Buggy_Random10000_FindsTheExpectedViolationAndItReplays(string scenario, string expected)
    {
        // Given
        var spec = ScenarioLoader.Load(RepoPaths.File("scenarios", scenario + ".conf"));
        var variant = spec.FindVariant("buggy")!;

        // When
        var run = ScenarioExplorer.Explore(spec, variant, new ExplorationOptions { Iterations = 10_000, Seed = 1, MaxSteps = 5000 });

        // Then
        var found = run.Report.Violations.ShouldHaveSingleItem();
        found.Violation.Id.ShouldBe(expected);
        found.Verdict.ShouldBe(ReplayVerdict.Reproduced);
        var replay = TestingEngine.Replay(ScenarioExplorer.Program(spec, variant.ResolveKernel()), found.Schedule);
        replay.Run!.Violation!.Id.ShouldBe(expected);
        replay.Run.StateHash.ShouldBe(found.StateHash);
        run.AsExpected.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Fixed_Dfs_IsExhaustiveAndClean(string scenario)
    {
        var spec = ScenarioLoader.Load(RepoPaths.File("scenarios", scenario + ".conf"));

        var run = ScenarioExplorer.Explore(spec, spec.FindVariant("fixed")!, new ExplorationOptions { Strategy = StrategyKind.Dfs, Iterations = 2_000_000, MaxSteps = 5000 });

        run.Report.Exhaustive.ShouldBeTrue($"{run.Report.Schedules} schedules, {run.Report.SchedulesCutOff} cut off");
        run.Report.Violations.ShouldBeEmpty();
        run.Report.Schedules.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("buggy", "iommu-config-einval", "Adding to IOMMU failed")]
    [InlineData("buggy-first-fix", "partial-iommu-probe", "translation fault")]
    public void AppleDisplay_BothC2Outcomes_WithTheirDmesg(string variantName, string expected, string dmesgLine)
    {
        // Seed 001: the -EINVAL path without Hector's first fix; with it the half-probed device (DMA through dart-disp1 faults).
        var spec = ScenarioLoader.Load(RepoPaths.File("scenarios", "apple-display-multi-dart.conf"));
        var variant = spec.FindVariant(variantName)!;

        var run = ScenarioExplorer.Explore(spec, variant, new ExplorationOptions { Iterations = 10_000 });
        var found = run.Report.Violations.ShouldHaveSingleItem();
        var dmesg = run.Dmesg(found);

        found.Violation.Id.ShouldBe(expected);
        dmesg.ShouldContain(line => line.Contains(dmesgLine, StringComparison.Ordinal) || line.Contains("iommu configuration for device failed", StringComparison.Ordinal));
        dmesg.ShouldContain(line => line.Contains("VIOLATION " + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AppleDisplay_V6_11_ShowsNeitherC2Outcome()
    {
        var spec = ScenarioLoader.Load(RepoPaths.File("scenarios", "apple-display-multi-dart.conf"));

        var run = ScenarioExplorer.Explore(spec, spec.FindVariant("v6.11")!, new ExplorationOptions { Iterations = 10_000, StopOnFirstViolation = false });

        run.FoundIds.ShouldNotContain("iommu-config-einval");
        run.FoundIds.ShouldNotContain("partial-iommu-probe");
    }
}
