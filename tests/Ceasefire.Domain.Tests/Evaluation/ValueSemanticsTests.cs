using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>Every value-equal public type has <c>==</c> and <c>!=</c> that agree with <c>Equals</c>, and result types are built only by the library.</summary>
public class ValueSemanticsTests
{
    private static readonly Assembly Library = typeof(Statement).Assembly;

    private static readonly Instant AsOf = Instant.FromUtc(2021, 6, 1, 0, 0);

    /// <summary>The types a user receives from the library and must not build: results, explanations and deadline kinds.</summary>
    private static readonly Type[] LibraryBuilt =
    [
        typeof(ComplianceReport), typeof(ObligationAssessment), typeof(Explanation), typeof(ClaimUse), typeof(SetAsideClaim),
        typeof(DisputeSide), typeof(BreachRecord), typeof(StatusInterval), typeof(StatusDifference), typeof(ObligorStatus),
        typeof(ImplementationGrade), typeof(TermPeriod), typeof(DeadlineEntry), typeof(RuleDecision), typeof(RuleContext),
        typeof(DateDeadline), typeof(InstantDeadline), typeof(LocalDeadline), typeof(NoDeadline), typeof(RelativeDeadline), typeof(RenewableTerm),
    ];

    private static IEnumerable<Type> ValueEqualTypes()
        => Library.GetExportedTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GenericTypeArguments[0] == t));

    [Fact]
    public void EveryPublicEquatableType_DeclaresEqualityOperators()
    {
        var types = ValueEqualTypes().ToList();
        types.Should().Contain([typeof(Deadline), typeof(Statement), typeof(Claim), typeof(ObligationAssessment), typeof(StatusInterval)]);
        foreach (var type in types)
        {
            foreach (var name in new[] { "op_Equality", "op_Inequality" })
            {
                var op = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, [type, type]);
                op.Should().NotBeNull("{0} implements IEquatable<{0}> and so needs {1}", type.Name, name);
                op!.ReturnType.Should().Be<bool>();
            }
        }
    }

    [Fact]
    public void EqualityOperators_AgreeWithEquals_OnIndependentlyBuiltValues()
    {
        var left = Graph(TrilateralStatement2020.Statement, TrilateralStatement2020.Timeline);
        var statement = CeasefireJson.ReadStatement(CeasefireJson.Serialize(TrilateralStatement2020.Statement));
        var right = Graph(statement, CeasefireJson.ReadTimeline(CeasefireJson.Serialize(TrilateralStatement2020.Timeline), statement));
        var checkedTypes = new HashSet<Type>();
        foreach (var (type, values) in left)
        {
            var others = right[type];
            values.Should().HaveSameCount(others, type.Name);
            var equality = OperatorOn(type, "op_Equality");
            var inequality = OperatorOn(type, "op_Inequality");
            for (var i = 0; i < values.Count; i++)
            {
                var (a, b, c) = (values[i], others[i], others[(i + 1) % others.Count]);
                (ReferenceEquals(a, b) && a is not NoDeadline).Should().BeFalse("the two graphs are built independently ({0})", type.Name);
                a.Equals(b).Should().BeTrue("{0} {1} equals its copy", type.Name, a);
                foreach (var (x, y) in new[] { (a, b), (a, c), (b, a), (a, a) })
                {
                    var equal = x.Equals(y);
                    ((bool)equality.Invoke(null, [x, y])!).Should().Be(equal, "== agrees with Equals for {0}", type.Name);
                    ((bool)inequality.Invoke(null, [x, y])!).Should().Be(!equal, "!= disagrees with Equals for {0}", type.Name);
                    if (equal)
                    {
                        x.GetHashCode().Should().Be(y.GetHashCode(), "equal {0} values hash alike", type.Name);
                    }
                }

                ((bool)equality.Invoke(null, [a, null])!).Should().BeFalse();
                ((bool)equality.Invoke(null, [null, null])!).Should().BeTrue();
            }

            checkedTypes.Add(type);
        }

        checkedTypes.Should().Contain([typeof(Statement), typeof(Timeline), typeof(Claim), typeof(Actor), typeof(Article), typeof(Obligation),
            typeof(Deadline), typeof(Perspective), typeof(ComplianceReport), typeof(ObligationAssessment), typeof(Explanation)]);
    }

    [Fact]
    public void Deadline_SameFactoryArguments_EqualByOperator()
    {
        var date = new LocalDate(2020, 11, 20);
        (Deadline.By(date) == Deadline.By(date)).Should().BeTrue();
        (Deadline.By(date) != Deadline.Before(date)).Should().BeTrue();
        (Deadline.Within(Period.FromYears(3)) == Deadline.Within(Period.FromYears(3))).Should().BeTrue();
        (Deadline.None == Deadline.By(date)).Should().BeFalse();
    }

    [Fact]
    public void ObligationAssessment_GetHashCode_DoesNotBuildTheExplanation()
    {
        var evaluator = Evaluator.Create(TrilateralStatement2020.Statement, TrilateralStatement2020.Timeline);
        var assessment = evaluator.Evaluate(AsOf).Obligations[0];
        var details = typeof(ObligationAssessment).GetField("_details", BindingFlags.NonPublic | BindingFlags.Instance)!;

        _ = assessment.GetHashCode();
        _ = new HashSet<ObligationAssessment> { assessment, evaluator.Evaluate(AsOf).Obligations[1] };

        details.GetValue(assessment).Should().BeNull("hashing must not run the rule chain");
        _ = assessment.Explanation;
        details.GetValue(assessment).Should().NotBeNull("the explanation is built on first use");
    }

    [Fact]
    public void LibraryBuiltTypes_HaveNoPublicConstructor()
    {
        foreach (var type in LibraryBuilt)
        {
            type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty("{0} is built only by the library", type.Name);
            type.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Should().BeEmpty("{0} cannot be changed with 'with'", type.Name);
        }
    }

    [Fact]
    public void RuleDecision_Of_ValidatesItsArguments()
    {
        RuleDecision.Of(ObligationStatus.Upheld, "fine").Should().Be(RuleDecision.Of(ObligationStatus.Upheld, "fine"));
        FluentActions.Invoking(() => RuleDecision.Of(ObligationStatus.Upheld, " ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => RuleDecision.Of((ObligationStatus)99, "why")).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static MethodInfo OperatorOn(Type type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { } op)
            {
                return op;
            }
        }

        throw new InvalidOperationException(string.Concat(type.Name, " has no ", name));
    }

    /// <summary>Values of every value-equal type reachable from one statement, timeline and report, in a fixed order.</summary>
    private static Dictionary<Type, List<object>> Graph(Statement statement, Timeline timeline)
    {
        var report = Evaluator.Create(statement, timeline).Evaluate(AsOf, Perspective.OnlyAssertedBy("ARM"));
        var values = new Dictionary<Type, List<object>>();
        void Add(Type type, IEnumerable<object> items)
        {
            var list = items.ToList();
            if (list.Count > 0)
            {
                values[type] = list;
            }
        }

        Add(typeof(Statement), [statement]);
        Add(typeof(Timeline), [timeline]);
        Add(typeof(ComplianceReport), [report]);
        Add(typeof(Perspective), [report.Perspective, Perspective.AllClaims.AsKnownOn(new LocalDate(2021, 1, 1))]);
        Add(typeof(Actor), statement.Actors);
        Add(typeof(Article), statement.Articles);
        Add(typeof(TextVariant), statement.Articles.SelectMany(a => a.Variants));
        Add(typeof(Place), statement.Places);
        Add(typeof(Obligation), statement.Obligations);
        Add(typeof(Deadline), statement.Obligations.Select(o => o.Deadline));
        Add(typeof(Claim), timeline.Claims);
        Add(typeof(ObligationAssessment), report.Obligations);
        Add(typeof(Explanation), report.Obligations.Select(a => a.Explanation));
        Add(typeof(ClaimUse), report.Obligations.SelectMany(a => a.Explanation.ClaimsUsed));
        Add(typeof(SetAsideClaim), report.Obligations.SelectMany(a => a.Explanation.ClaimsSetAside));
        Add(typeof(BreachRecord), report.Obligations.SelectMany(a => a.Breaches));
        Add(typeof(ObligorStatus), report.Obligations.SelectMany(a => a.ByObligor));
        Add(typeof(TermPeriod), report.Obligations.Where(a => a.Term is not null).Select(a => a.Term!));
        Add(typeof(DeadlineEntry), report.UpcomingDeadlines());
        return values;
    }
}
