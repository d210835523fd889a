using System.Linq;
using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class ValidationProblemTests
{
    [Fact]
    public void ToString_WithoutLine_IsPathColonMessage()
    {
        new ValidationProblem("$.articles[1].number", ValidationCodes.DuplicateId, "duplicate article number 1").ToString()
            .Should().Be("$.articles[1].number: duplicate article number 1");
    }

    [Fact]
    public void ToString_WithLine_IncludesLineAfterPath()
    {
        new ValidationProblem("$.articles[1].number", ValidationCodes.DuplicateId, "duplicate article number 1") { Line = 42 }.ToString()
            .Should().Be("$.articles[1].number (line 42): duplicate article number 1");
    }

    [Fact]
    public void Line_NotSet_IsNull()
    {
        new ValidationProblem("$", ValidationCodes.DuplicateId, "x").Line.Should().BeNull();
    }

    [Fact]
    public void Equals_SameValues_EqualWithEqualHashCodes()
    {
        var left = new ValidationProblem("$.a", ValidationCodes.DuplicateId, "m") { Line = 2 };
        var right = new ValidationProblem("$.a", ValidationCodes.DuplicateId, "m") { Line = 2 };

        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentLine_NotEqual()
    {
        new ValidationProblem("$.a", ValidationCodes.DuplicateId, "m") { Line = 2 }.Should().NotBe(new ValidationProblem("$.a", ValidationCodes.DuplicateId, "m"));
    }

    [Fact]
    public void Equals_DifferentCode_NotEqual()
    {
        new ValidationProblem("$.a", ValidationCodes.Required, "m").Should().NotBe(new ValidationProblem("$.a", ValidationCodes.InvalidValue, "m"));
    }

    [Fact]
    public void Codes_AllDistinctLowerKebabCase()
    {
        var values = typeof(ValidationCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        values.Should().HaveCountGreaterThan(10).And.OnlyHaveUniqueItems();
        values.Should().OnlyContain(v => System.Text.RegularExpressions.Regex.IsMatch(v, "^[a-z]+(-[a-z]+)*$"));
    }
}
