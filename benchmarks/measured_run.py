"""Run one command and print its wall time in seconds and its peak RSS in KiB.

A child's peak RSS (`ru_maxrss`) counts the memory of the process that started it, up to the
exec: measured from the benchmark itself, whose Qt and simulator weigh 80 MiB, every command
would seem as large. This small process starts the command instead. Its output is discarded;
its stderr comes through.
"""

import os
import sys
import time


def main() -> int:
    command = sys.argv[1:]
    discard = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    started = time.perf_counter()
    pid = os.posix_spawn(command[0], command, os.environ, file_actions=discard)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    print(f"{seconds:.6f} {usage.ru_maxrss}")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
