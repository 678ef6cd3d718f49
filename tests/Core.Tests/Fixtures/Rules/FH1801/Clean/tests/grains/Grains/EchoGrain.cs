using System.Threading.Tasks;
using Orleans;

namespace Grains;

public interface IEchoGrain : IGrainWithGuidKey { Task<string> Echo(string s); }

// Nothing names the class: GetGrain<IEchoGrain>() makes the Orleans runtime activate it.
public class EchoGrain : Grain, IEchoGrain
{
    public Task<string> Echo(string s) => Task.FromResult(s);
}

public interface ILoudEchoGrain : IEchoGrain { }

// Found through a derived interface, below an abstract base grain.
public abstract class EchoGrainBase : Grain { }

public class LoudEchoGrain : EchoGrainBase, ILoudEchoGrain
{
    public Task<string> Echo(string s) => Task.FromResult(s.ToUpperInvariant());
}
