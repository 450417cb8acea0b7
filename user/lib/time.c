/* Time wrappers.  clock_gettime uses syscall 265 with the 32-bit struct
 * timespec (not the vDSO and not clock_gettime64), so every reading really
 * goes through int $0x80 into our kernel. */
#include "sys.h"

int clock_gettime(int clk, struct timespec *ts)
{
	return sys_ret(sys2(__NR_clock_gettime, clk, ts));
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return sys_ret(sys2(__NR_nanosleep, req, rem));
}

/* Returns the seconds left if a signal cut the sleep short, as C says. */
unsigned int sleep(unsigned int seconds)
{
	struct timespec ts = { (long)seconds, 0 };

	if (nanosleep(&ts, &ts) < 0)
		return (unsigned int)ts.tv_sec + (ts.tv_nsec > 0);
	return 0;
}

int usleep(unsigned long usec)
{
	struct timespec ts = { (long)(usec / 1000000), (long)(usec % 1000000) * 1000 };

	return nanosleep(&ts, NULL);
}

int sched_yield(void)
{
	return sys_ret(sys0(__NR_sched_yield));
}
