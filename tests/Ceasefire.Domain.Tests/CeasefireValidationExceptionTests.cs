using System;
using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class CeasefireValidationExceptionTests
{
    [Fact]
    public void Message_TwoProblems_HeaderThenOneLinePerProblem()
    {
        var exception = new CeasefireValidationException("statement", [new ValidationProblem("$.title", ValidationCodes.Required, "the title is missing or blank"), new ValidationProblem("$.articles", ValidationCodes.Required, "a statement needs at least one article")]);

        exception.Message.Should().Be("The statement is invalid (2 problems):\n- $.title: the title is missing or blank\n- $.articles: a statement needs at least one article");
    }

    [Fact]
    public void Message_OneProblem_UsesSingular()
    {
        var exception = new CeasefireValidationException("timeline", [new ValidationProblem("$.claims[0].id", ValidationCodes.Required, "bad")]);

        exception.Message.Should().Be("The timeline is invalid (1 problem):\n- $.claims[0].id: bad");
    }

    [Fact]
    public void Message_ProblemWithLine_IncludesLine()
    {
        var exception = new CeasefireValidationException("document", [new ValidationProblem("$.title", ValidationCodes.Required, "missing") { Line = 3 }]);

        exception.Message.Should().EndWith("\n- $.title (line 3): missing");
    }

    [Fact]
    public void Problems_Given_KeptWithSubject()
    {
        var problems = new[] { new ValidationProblem("$.b", ValidationCodes.Required, "second"), new ValidationProblem("$.a", ValidationCodes.Required, "first") };

        var exception = new CeasefireValidationException("statement", problems);

        exception.Subject.Should().Be("statement");
        exception.Problems.Should().BeEquivalentTo(problems);
    }

    [Fact]
    public void Problems_SourceArrayChangedLater_ExceptionUnchanged()
    {
        var problems = new[] { new ValidationProblem("$.a", ValidationCodes.Required, "first") };
        var exception = new CeasefireValidationException("statement", problems);

        problems[0] = new ValidationProblem("$.z", ValidationCodes.Required, "changed");

        exception.Problems.Should().ContainSingle().Which.Path.Should().Be("$.a");
    }

    [Fact]
    public void Constructor_NoProblems_Throws()
    {
        FluentActions.Invoking(() => new CeasefireValidationException("statement", Array.Empty<ValidationProblem>())).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_NullProblems_Throws()
    {
        FluentActions.Invoking(() => new CeasefireValidationException("statement", (ValidationProblem[])null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_Default_OneRootProblem()
    {
        var exception = new CeasefireValidationException();

        exception.Subject.Should().Be("input");
        exception.Problems.Should().ContainSingle().Which.Path.Should().Be("$");
        exception.Message.Should().StartWith("The input is invalid (1 problem):");
    }

    [Fact]
    public void Constructor_Message_OneRootProblemWithThatMessage()
    {
        var exception = new CeasefireValidationException("the file is empty");

        exception.Problems.Should().Equal(new ValidationProblem("$", ValidationCodes.Invalid, "the file is empty"));
        exception.Message.Should().Be("The input is invalid (1 problem):\n- $: the file is empty");
    }

    [Fact]
    public void Constructor_MessageAndInner_KeepsInnerAndProblem()
    {
        var inner = new FormatException("bad json");

        var exception = new CeasefireValidationException("unreadable", inner);

        exception.InnerException.Should().BeSameAs(inner);
        exception.Subject.Should().Be("input");
        exception.Problems.Should().Equal(new ValidationProblem("$", ValidationCodes.Invalid, "unreadable"));
        exception.Message.Should().Contain("- $: unreadable");
    }

    [Fact]
    public void Exception_Always_IsACeasefireException()
    {
        new CeasefireValidationException().Should().BeAssignableTo<CeasefireException>();
    }
}
