using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.PowerShell.Connections;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>
    /// Base of every GpuCloud cmdlet. The engine's async work runs off the pipeline thread; objects,
    /// errors and messages come back through a queue that only the pipeline thread drains, so only it
    /// calls Write*. StopProcessing (Ctrl+C) cancels the requests under way, and engine failures become
    /// ErrorRecords with a category, a stable id and the provider's message, never a stack trace.
    /// </summary>
    public abstract class GpuCloudCmdlet : PSCmdlet, IClientDiagnostics
    {
        /// <summary>Most objects handed to the pipeline thread as one entry (see <see cref="Gather"/>).</summary>
        private const int BatchSize = 64;

        /// <summary>
        /// Entries (an object, a batch of at most <see cref="BatchSize"/> objects, or a message) waiting for the pipeline
        /// thread; the engine waits when it is full, so a slow consumer holds at most 64 x 64 objects.
        /// </summary>
        private const int QueueCapacity = 64;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly object _writeOrder = new object();
        private readonly List<object> _gathered = new List<object>(BatchSize);
        private BlockingCollection<Action>? _toPipeline;

        protected CancellationToken StopRequested => _stopping.Token;

        /// <summary>This runspace's connection defaults and request options, read on the pipeline thread.</summary>
        protected SessionSettings Session { get; private set; } = new SessionSettings();

        protected override void BeginProcessing()
        {
            Session = SessionStore.Current();
            RunOnPipeline(BeginProcessingAsync);
        }

        protected override void ProcessRecord() => RunOnPipeline(ProcessRecordAsync);

        protected override void EndProcessing() => RunOnPipeline(EndProcessingAsync);

        protected override void StopProcessing() => _stopping.Cancel();

        protected virtual Task BeginProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        protected virtual Task ProcessRecordAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        protected virtual Task EndProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>Writes an object from the engine's thread.</summary>
        protected void Emit(object item) => Post(() => WriteObject(item));

        /// <summary>
        /// Writes an object from the engine's thread with the ones gathered before it, handed to the pipeline thread together
        /// (one entry, instead of one each) by <see cref="HandOverGathered"/>, by a full batch, or by anything else written
        /// after it: objects and messages keep the order they were written in.
        /// </summary>
        protected void Gather(object item)
        {
            lock (_writeOrder)
            {
                _gathered.Add(item);
                if (_gathered.Count == BatchSize)
                {
                    HandOverGatheredLocked();
                }
            }
        }

        /// <summary>Hands the gathered objects to the pipeline thread now (the engine is about to wait).</summary>
        protected void HandOverGathered()
        {
            lock (_writeOrder)
            {
                HandOverGatheredLocked();
            }
        }

        /// <summary>Writes a warning from the engine's thread.</summary>
        protected void EmitWarning(string message) => Post(() => WriteWarning(message));

        /// <summary>Writes a verbose message from the engine's thread.</summary>
        protected void EmitVerbose(string message) => Post(() => WriteVerbose(message));

        /// <summary>Writes a non-terminating error for one failed item; the pipeline goes on.</summary>
        protected void EmitError(Exception failure, object? target) => Post(() => WriteError(ErrorRecords.From(failure, target)));

        /// <summary>
        /// Asks ShouldProcess (-WhatIf, -Confirm) on the pipeline thread, where the host may prompt, and hands the
        /// answer back to the engine's thread; a stop (Ctrl+C, or "halt" at the prompt) ends the wait.
        /// </summary>
        protected async Task<bool> ApproveAsync(string target, string action)
        {
            var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (_stopping.Token.Register(() => answer.TrySetCanceled()))
            {
                Post(() =>
                {
                    try
                    {
                        answer.TrySetResult(ShouldProcess(target, action));
                    }
                    finally
                    {
                        answer.TrySetCanceled();
                    }
                });
                return await answer.Task.ConfigureAwait(false);
            }
        }

        void IClientDiagnostics.Verbose(string message) => Post(() => WriteVerbose(message));

        void IClientDiagnostics.Debug(string message) => Post(() => WriteDebug(message));

        void IClientDiagnostics.Warning(string message) => EmitWarning(message);

        private void Post(Action action)
        {
            lock (_writeOrder)
            {
                HandOverGatheredLocked();
                Add(action);
            }
        }

        private void HandOverGatheredLocked()
        {
            if (_gathered.Count == 0)
            {
                return;
            }

            var items = _gathered.ToArray();
            _gathered.Clear();
            Add(() =>
            {
                foreach (var item in items)
                {
                    WriteObject(item);
                }
            });
        }

        private void Add(Action action)
        {
            var queue = _toPipeline;
            if (queue == null)
            {
                // Only the pipeline thread may write, and it reads the queue only while the command runs;
                // a message from a request finishing after that (one cancelled mid-way) has no one to tell.
                return;
            }

            try
            {
                queue.Add(action, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
            }
            catch (InvalidOperationException)
            {
                // The pipeline stopped reading: nothing more can be written.
            }
        }

        private void RunOnPipeline(Func<CancellationToken, Task> work)
        {
            using var queue = new BlockingCollection<Action>(QueueCapacity);
            _toPipeline = queue;
            var running = Task.Run(async () =>
            {
                try
                {
                    await work(_stopping.Token).ConfigureAwait(false);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            });

            try
            {
                foreach (var action in queue.GetConsumingEnumerable())
                {
                    action();
                }
            }
            catch
            {
                // A downstream command stopped the pipeline (Select-Object -First) or a write failed:
                // cancel the requests under way before leaving.
                _stopping.Cancel();
                Drain(queue);
                throw;
            }
            finally
            {
                _toPipeline = null;
            }

            try
            {
                running.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception failure)
            {
                // Known failures keep their category and id; anything else still becomes a record with
                // a message, never an exception with a .NET stack trace.
                ThrowTerminatingError(ErrorRecords.From(failure, null));
            }
        }

        private static void Drain(BlockingCollection<Action> queue)
        {
            while (!queue.IsCompleted)
            {
                queue.TryTake(out _, 50);
            }
        }
    }
}
