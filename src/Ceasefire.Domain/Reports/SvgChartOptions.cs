using System;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// Layout options for <see cref="SvgTimelineChart"/>. Immutable; derive variants with a <c>with</c> expression. Equality
/// is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record SvgChartOptions
{
    private readonly int _width = 1200;
    private readonly int _laneHeight = 22;

    /// <summary>The default options: 1200 px wide, 22 px lanes, claims shown.</summary>
    public static SvgChartOptions Default { get; } = new();

    /// <summary>The chart's width in pixels; 400 to 20000. Default 1200.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 400 to 20000.</exception>
    public int Width
    {
        get => _width;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 400);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 20000);
            _width = value;
        }
    }

    /// <summary>The height of one obligation's lane in pixels; 12 to 200. Default 22.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 12 to 200.</exception>
    public int LaneHeight
    {
        get => _laneHeight;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 12);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 200);
            _laneHeight = value;
        }
    }

    /// <summary>Whether to mark each claim about an obligation on its lane. Default <see langword="true"/>.</summary>
    public bool ShowClaims { get; init; } = true;
}
