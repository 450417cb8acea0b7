/* sleeptest: nanosleep(200 ms) measured with CLOCK_MONOTONIC.  The kernel
 * must neither wake us early (timer bookkeeping) nor far too late
 * (scheduler).  Only yes/no is printed, so the output is deterministic. */
#include "ulib.h"

/* Milliseconds between two readings; 32-bit arithmetic only. */
static long ms_between(const struct timespec *a, const struct timespec *b)
{
	return (b->tv_sec - a->tv_sec) * 1000 + (b->tv_nsec - a->tv_nsec) / 1000000;
}

int main(void)
{
	struct timespec t0, t1, req = { 0, 200 * 1000 * 1000 };
	long ms;

	if (clock_gettime(CLOCK_MONOTONIC, &t0) < 0 ||
	    nanosleep(&req, NULL) < 0 ||
	    clock_gettime(CLOCK_MONOTONIC, &t1) < 0) {
		printf("sleeptest: failed: %s\n", errno_name(errno));
		return 1;
	}
	ms = ms_between(&t0, &t1);
	printf("slept at least 200ms: %s\n", ms >= 200 ? "yes" : "no");
	printf("slept less than 400ms: %s\n", ms < 400 ? "yes" : "no");
	return 0;
}
