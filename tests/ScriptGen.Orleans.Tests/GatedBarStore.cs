using ScriptGen.Orleans;

namespace ScriptGen.Orleans.Tests;

/// <summary>A store whose first load of EURUSD_GATED waits until released, so a test can stop a silo while it runs a shard.</summary>
public sealed class GatedBarStore(IBarStore inner, GatedBarStore.Gate gate) : IBarStore
{
    public async ValueTask<Bars> LoadAsync(string ticker, CancellationToken cancellationToken)
    {
        if (ticker == "EURUSD_GATED" && gate.TryEnter())
        {
            await gate.Released.WaitAsync(cancellationToken);
        }

        return await inner.LoadAsync(ticker, cancellationToken);
    }

    public sealed class Gate
    {
        private int _armed = 1;
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public Task Released => _released.Task;

        public void Release() => _released.TrySetResult();

        public bool TryEnter()
        {
            if (Interlocked.Exchange(ref _armed, 0) == 0)
            {
                return false;
            }

            _entered.TrySetResult();
            return true;
        }
    }
}
