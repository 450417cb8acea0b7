/* Time structures and clock ids of the i386 ABI.  clock_gettime (265) and
 * nanosleep use the 32-bit struct timespec; the *_time64 calls (403, 407)
 * use struct __kernel_timespec64, whose fields are 64-bit everywhere. */
#ifndef _UAPI_LINUX_TIME_H
#define _UAPI_LINUX_TIME_H

#include "types.h"

struct timespec {
	long tv_sec;     /* 32 bits on i386: wraps in 2038 */
	long tv_nsec;
};

struct __kernel_timespec64 {
	long long tv_sec;
	long long tv_nsec;
};

struct timeval {
	long tv_sec;
	long tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

#define CLOCK_REALTIME           0
#define CLOCK_MONOTONIC          1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID  3
#define CLOCK_MONOTONIC_RAW      4
#define CLOCK_REALTIME_COARSE    5
#define CLOCK_MONOTONIC_COARSE   6
#define CLOCK_BOOTTIME           7
#define CLOCK_REALTIME_ALARM     8
#define CLOCK_BOOTTIME_ALARM     9
#define CLOCK_TAI               11

#define TIMER_ABSTIME 0x01    /* clock_nanosleep: the time is a deadline */

#endif
