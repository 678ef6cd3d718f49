using Acme.Persistence;
using Xunit;
namespace Acme.Persistence.Tests { public class JournalSpec { [Fact] public void Empty() => Assert.Empty(new Journal().Events); } }
