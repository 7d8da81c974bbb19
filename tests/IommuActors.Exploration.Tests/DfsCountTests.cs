using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class DfsCountTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 6)]
    [InlineData(4, 24)]
    [InlineData(5, 120)]
    public void Dfs_KIndependentSendersToOneReceiver_EnumeratesKFactorialOrders(int k, int expected)
    {
        // Given: k senders, one message each, all to the same receiver: k! delivery orders.
        var program = Senders.Program(k, 1);

        // When
        var report = TestingEngine.Explore(program, new ExplorationOptions { Strategy = StrategyKind.Dfs, Iterations = 1_000_000 });

        // Then
        report.Schedules.ShouldBe(expected);
        report.Exhaustive.ShouldBeTrue();
    }

    [Theory]
    [InlineData(2, 2, 6)] // 4! / (2! 2!)
    [InlineData(3, 2, 90)] // 6! / (2! 2! 2!)
    [InlineData(2, 3, 20)] // 6! / (3! 3!)
    public void Dfs_SendersWithSeveralMessages_EnumeratesMultinomialOrders(int k, int perSender, int expected)
    {
        // Per-channel FIFO fixes the order within a sender, so the count is the multinomial coefficient.
        var report = TestingEngine.Explore(Senders.Program(k, perSender), new ExplorationOptions { Strategy = StrategyKind.Dfs, Iterations = 1_000_000 });

        report.Schedules.ShouldBe(expected);
    }

    [Fact]
    public void Dfs_DataChoiceInSetup_MultipliesSchedulesByItsOptions()
    {
        // Given: a choice among 3 values before 3 independent senders start (3! orders each).
        var inner = Senders.Program(3, 1);
        var program = inner with
        {
            Setup = system =>
            {
                system.ChooseInt(3);
                inner.Setup(system);
            },
        };

        // When
        var report = TestingEngine.Explore(program, new ExplorationOptions { Strategy = StrategyKind.Dfs, Iterations = 1_000_000 });

        // Then
        report.Schedules.ShouldBe(3 * 6);
    }

    [Fact]
    public void Dfs_StepBoundCutsRuns_ReportsNotExhaustive()
    {
        var report = TestingEngine.Explore(Senders.Program(3, 1), new ExplorationOptions { Strategy = StrategyKind.Dfs, MaxSteps = 2 });

        report.Exhaustive.ShouldBeFalse();
        report.SchedulesCutOff.ShouldBe(report.Schedules);
    }
}
