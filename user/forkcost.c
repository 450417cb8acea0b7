/* forkcost: what one fork costs, as a function of how much memory the
 * parent has touched.  fork here copies every user page (no copy-on-write
 * yet), so the cost should grow with the pages.  Run it under QEMU with
 * -icount shift=0, where the clock advances one nanosecond per guest
 * instruction, so the numbers printed are instruction counts and the same
 * on every run:
 *   tools/run --icount build/user/forkcost
 * (On Linux the numbers are just nanoseconds; only the shape compares.) */
#include "ulib.h"

static long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

int main(void)
{
	static const int kib[] = { 0, 64, 256, 1024 };
	char *heap = sbrk(0);

	for (unsigned int k = 0; k < sizeof(kib) / sizeof(kib[0]); k++) {
		const int rounds = 16;
		long start, total = 0;

		if (kib[k]) {
			sbrk(kib[k] * 1024 - ((char *)sbrk(0) - heap));
			memset(heap, 1, kib[k] * 1024);		/* touch every page */
		}
		for (int r = 0; r < rounds; r++) {
			int status;
			pid_t pid;

			start = now_ns();
			pid = fork();
			if (pid == 0)
				_exit(0);
			waitpid(pid, &status, 0);
			total += now_ns() - start;
		}
		printf("fork+exit+wait with %4d KiB of heap: %8ld per round\n", kib[k], total / rounds);
	}
	return 0;
}
