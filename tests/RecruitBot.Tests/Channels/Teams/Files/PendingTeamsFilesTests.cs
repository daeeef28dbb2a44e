using System.Text;
using RecruitBot.Channels.Teams.Files;
using RecruitBot.Tests.Nudges.Delivery;

namespace RecruitBot.Tests.Channels.Teams.Files;

public sealed class PendingTeamsFilesTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void TryTake_OwnerWithinLifetime_ContentOnceThenGone()
    {
        using var store = new PendingTeamsFiles(_clock);
        var held = store.Add("t1", "u1", "a.json", Bytes("{\"name\":\"Priya Shah\"}"))!;

        var taken = store.TryTake(held.Id, "t1", "u1");

        Assert.Equal("{\"name\":\"Priya Shah\"}", Encoding.UTF8.GetString(taken!.Content));
        Assert.Null(store.TryTake(held.Id, "t1", "u1"));
    }

    [Fact]
    public void TryTake_OtherUserOrTenant_NullAndFileKeptForOwner()
    {
        using var store = new PendingTeamsFiles(_clock);
        var held = store.Add("t1", "u1", "a.json", Bytes("x"))!;

        Assert.Null(store.TryTake(held.Id, "t1", "u2"));
        Assert.Null(store.TryTake(held.Id, "t2", "u1"));
        Assert.NotNull(store.TryTake(held.Id, "t1", "u1"));
    }

    [Fact]
    public void TryTake_AfterLifetime_NullAndContentZeroed()
    {
        using var store = new PendingTeamsFiles(_clock, TimeSpan.FromHours(1));
        var content = Bytes("Priya Shah");
        var held = store.Add("t1", "u1", "a.json", content)!;

        _clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Null(store.TryTake(held.Id, "t1", "u1"));
        Assert.Equal(0, store.Count);
        Assert.All(held.Content, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Add_OverFileOrByteCap_OldestEvicted()
    {
        using var store = new PendingTeamsFiles(_clock, maxFiles: 2, maxBytes: 10);
        var first = store.Add("t1", "u1", "1.json", Bytes("aaaa"))!;
        var second = store.Add("t1", "u1", "2.json", Bytes("bbbb"))!;
        var third = store.Add("t1", "u1", "3.json", Bytes("cccc"))!;

        Assert.Equal(2, store.Count);
        Assert.Null(store.TryTake(first.Id, "t1", "u1"));
        Assert.NotNull(store.TryTake(second.Id, "t1", "u1"));
        Assert.NotNull(store.TryTake(third.Id, "t1", "u1"));
        Assert.Null(store.Add("t1", "u1", "big.json", new byte[11]));
    }

    [Fact]
    public async Task EraseAsync_TermInContent_OnlyThatTenantsMatchingFilesGone()
    {
        using var store = new PendingTeamsFiles(_clock);
        var priya = store.Add("t1", "u1", "a.json", Bytes("{\"DisplayName\":\"Priya Shah\"}"))!;
        var tom = store.Add("t1", "u1", "b.json", Bytes("{\"DisplayName\":\"Tom Lee\"}"))!;
        var otherTenant = store.Add("t2", "u1", "c.json", Bytes("{\"DisplayName\":\"Priya Shah\"}"))!;

        var erased = await store.EraseAsync("t1", ["priya shah"], CancellationToken.None);

        Assert.Equal(1, erased);
        Assert.All(priya.Content, b => Assert.Equal(0, b));
        Assert.Null(store.TryTake(priya.Id, "t1", "u1"));
        Assert.NotNull(store.TryTake(tom.Id, "t1", "u1"));
        Assert.NotNull(store.TryTake(otherTenant.Id, "t2", "u1"));
    }

    [Fact]
    public void Add_CallerReusesBuffer_StoredCopyUnaffected()
    {
        using var store = new PendingTeamsFiles(_clock);
        var content = Bytes("abc");
        var held = store.Add("t1", "u1", "a.json", content)!;

        Array.Clear(content);

        Assert.Equal("abc", Encoding.UTF8.GetString(store.TryTake(held.Id, "t1", "u1")!.Content));
    }
}
