using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class PortfolioStrategyTests
{
    [Fact]
    public void Portfolio_Schedules_RotateThroughSixMembers()
    {
        // Given
        var portfolio = new PortfolioStrategy(5);
        string[] expected =
        [
            "random(seed=5)", "pct(seed=5, depth=3)", "pct(seed=5, depth=10)", "probabilistic(seed=5, p=1/10)",
            "delay(seed=5, bound=2)", "delay(seed=5, bound=10)",
        ];

        for (var i = 0; i < 12; i++)
        {
            // When
            portfolio.PrepareIteration(i);

            // Then
            portfolio.Current.Description.ShouldBe(expected[i % 6]);
            portfolio.IterationSeed.ShouldBe(DeterministicRandom.Derive(5, i));
            portfolio.CompleteIteration(hitStepBound: false);
        }

        portfolio.Description.ShouldBe("portfolio(seed=5)");
    }

    [Fact]
    public void Portfolio_ScheduleI_IsTheMembersScheduleI()
    {
        // Given: schedule 8 of the portfolio is run by member 8 mod 6 = 2, pct(depth 10), prepared for schedule 8.
        var program = PingPong.Program(3, 4);
        var portfolio = new PortfolioStrategy(3);
        portfolio.PrepareIteration(8);
        var member = new PctStrategy(3, depth: 10);
        member.PrepareIteration(8);

        // When
        var fromPortfolio = TestingEngine.RunOnce(program, portfolio, 10_000);
        var fromMember = TestingEngine.RunOnce(program, member, 10_000);

        // Then
        fromPortfolio.ScheduleHash.ShouldBe(fromMember.ScheduleHash);
    }

    [Fact]
    public void Explore_PortfolioKind_ReportsThePortfolio()
    {
        var report = TestingEngine.Explore(PingPong.Program(2, 2), new ExplorationOptions { Strategy = StrategyKind.Portfolio, Iterations = 30, Seed = 8 });

        report.Strategy.ShouldBe("portfolio(seed=8)");
        report.Schedules.ShouldBe(30);
        report.Violations.ShouldBeEmpty();
    }
}
