using IommuActors.Exploration;

namespace IommuActors.Scenarios.Tests;

public class ScenarioExplorerTests
{
    private static readonly ScenarioSpec MultiDart = ScenarioLoader.Load(Fixture.Path("multi-dart.conf"));

    [Theory]
    [InlineData("buggy")]
    [InlineData("fixed")]
    public void Explore_Variant_ReportsConsistently(string name)
    {
        // Given
        var variant = MultiDart.FindVariant(name).ShouldNotBeNull();
        var options = new ExplorationOptions { Iterations = 50, Seed = 3, MaxSteps = 5000 };

        // When
        var run = ScenarioExplorer.Explore(MultiDart, variant, options);

        // Then
        run.Report.Schedules.ShouldBeGreaterThan(0);
        run.Kernel.ToString().ShouldBe("v" + variant.Kernel);
        run.AsExpected.ShouldBe(variant.IsExpected(run.FoundIds));
        foreach (var found in run.Report.Violations)
        {
            found.Verdict.ShouldBe(ReplayVerdict.Reproduced, found.Detail);
            run.Dmesg(found).ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void Explore_SameOptions_SameReport()
    {
        var options = new ExplorationOptions { Iterations = 20, Seed = 5, StopOnFirstViolation = false };

        var first = ScenarioExplorer.Explore(MultiDart, MultiDart.DefaultVariant, options);
        var second = ScenarioExplorer.Explore(MultiDart, MultiDart.DefaultVariant, options);

        second.Report.Deliveries.ShouldBe(first.Report.Deliveries);
        second.FoundIds.ShouldBe(first.FoundIds);
        second.Report.Violations.Select(v => v.ScheduleHash).ShouldBe(first.Report.Violations.Select(v => v.ScheduleHash));
    }
}
