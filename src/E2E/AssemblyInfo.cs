// Scenarios share one cluster, and the destructive ones restart its pods: run one at a time.
[assembly: DoNotParallelize]
