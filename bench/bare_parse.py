"""The baseline of ratio 2 in `make bench`: a bare CPython loop that reads and ast.parse()s every .py file, nothing else."""
import ast
import os
import sys
import time


def main():
    start = time.perf_counter()
    count = 0
    for directory, dirs, files in os.walk(sys.argv[1]):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(directory, name)
                with open(path, "rb") as f:
                    ast.parse(f.read(), path)
                count += 1
    print("%d files parsed in %.3f s" % (count, time.perf_counter() - start))


if __name__ == "__main__":
    main()
