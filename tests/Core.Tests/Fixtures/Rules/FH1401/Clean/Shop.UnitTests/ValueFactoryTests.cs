using NUnit.Framework;

namespace Shop.UnitTests;

/// <summary>Static factories and value functions compute; they change nothing that a read-back could observe.</summary>
public class ValueFactoryTests
{
    [Test]
    public void Comparer_OrdersByLength()
    {
        var comparer = Period.CreateComparer(new LocalDateTime(2000, 1, 1, 0, 0));
        Assert.That(comparer.Compare(Period.FromHours(25), Period.FromDays(1)), Is.GreaterThan(0));
    }

    [Test]
    public void Pattern_FormatsInCurrentCulture()
    {
        var pattern = LocalDatePattern.CreateWithCurrentCulture("d");
        Assert.AreEqual("23/08/2017", pattern.Format(new LocalDate(2017, 8, 23)));
    }

    [Test]
    public void TruncateToHour_DropsMinutes()
    {
        Assert.AreEqual(new LocalTime(7, 0, 0), TimeAdjusters.TruncateToHour(new LocalTime(7, 4, 30)));
    }

    [Test]
    public void Truncate_ShortensAName()
    {
        var shortened = Names.Truncate("Christopher", 5);
        Assert.AreEqual("Chris", shortened);
    }

    [Test]
    public void Cache_IsEmptyAfterClear()
    {
        var cache = CreateCache();
        cache.GetOrAdd("A");
        Assert.AreEqual(1, cache.Count);
    }

    [Test]
    public void Byte_IsReadBackAfterWriting()
    {
        var io = IoHelper.CreateNoStringPool();
        io.Writer.WriteByte(5);

        Assert.IsTrue(io.Reader.HasMoreData);
        Assert.AreEqual((byte)5, io.Reader.ReadByte());
    }

    [Test]
    public void Order_IsSubmittedOnceCreated()
    {
        var order = service.CreateOrder("A-1");
        order.Submit();

        Assert.AreEqual("submitted", order.Status);
    }

    private static Cache<string, int> CreateCache() => new Cache<string, int>(10, s => s.Length);
}
