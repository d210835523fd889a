namespace Ceasefire.Domain.Tests;

/// <summary>
/// Fluent builders over the state of a part already described (a fixture's obligation, variant, actor or place), for
/// tests that change one thing of a valid fixture. As after <see cref="Statement.ToBuilder"/>, the part's values are a
/// starting point: each single-valued thing may be set once more without being reported as set twice.
/// </summary>
internal static class Revisions
{
    public static ObligationBuilder Revise(this ObligationState state)
    {
        state.Calls = new CallLog();
        return new ObligationBuilder(state);
    }

    public static TextVariantBuilder Revise(this TextVariantState state)
    {
        state.Calls = new CallLog();
        return new TextVariantBuilder(state);
    }

    public static ActorBuilder Revise(this ActorState state)
    {
        state.Calls = new CallLog();
        return new ActorBuilder(state);
    }

    public static PlaceBuilder Revise(this PlaceState state)
    {
        state.Calls = new CallLog();
        return new PlaceBuilder(state);
    }

    public static ArticleBuilder Revise(this ArticleState state) => new(state);
}
