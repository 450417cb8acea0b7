/* musl/syscalls: the small calls every program makes, and their errors —
 * uname, the clocks, getrandom, the resource limits (RLIMIT_NOFILE
 * enforced), umask, prctl, getrusage, times, sysinfo, getppid, and the
 * ioctls on sockets (queue sizes, the interface requests ifconfig makes,
 * ENOTTY for terminal requests).  An ordinary libc program, built with
 * musl and with glibc; its output is compared with Linux's.
 *
 * It prints only what is the same on every Linux: values that depend on
 * the machine (the time, the host name, the release, the default limits
 * of the shell that started it) are checked for their properties here,
 * and printed as "yes"/"no".  Error cases call the kernel directly
 * (syscall()), so that neither libc nor a vDSO stands in between.
 * With the argument "set" it instead sets the host name and the clock and
 * tries to take lo down (run only on socket86: on Linux it would rename
 * the host, move its clock and cut it off); with "facts"
 * it prints the time, uname, umask and default limits, for the test to
 * check; with "nofork" it leaves out the cases that need a child.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sys/un.h>
#include <stdbool.h>
#include <stddef.h>

/* <linux/sockios.h> is not in musl's headers: Linux's numbers. */
#ifndef SIOCINQ
#define SIOCINQ FIONREAD
#endif
#ifndef SIOCOUTQ
#define SIOCOUTQ TIOCOUTQ
#endif

#define BAD ((void *)16)	/* an address nothing is mapped at */

/* "nofork": leave out what needs fork(), which glibc makes with clone(2). */
static bool nofork;

/* Linux i386's numbers: musl renames the calls with 32-bit times
 * (NR_clock_gettime32 ...), so name them here once for both libcs. */
enum {
	NR_time = 13, NR_times = 43, NR_sethostname = 74, NR_setrlimit = 75,
	NR_getrlimit = 76, NR_getrusage = 77, NR_gettimeofday = 78, NR_settimeofday = 79,
	NR_sysinfo = 116, NR_setdomainname = 121, NR_uname = 122,
	NR_prctl = 172, NR_ugetrlimit = 191, NR_clock_settime = 264, NR_clock_gettime = 265,
	NR_clock_getres = 266, NR_clock_nanosleep = 267, NR_prlimit64 = 340,
	NR_getrandom = 355, NR_clock_gettime64 = 403, NR_fstat64 = 197, NR_statx = 383,
};

/* The kernel's 32-bit struct timespec (libc's may have a 64-bit time_t). */
struct ts32 {
	long tv_sec, tv_nsec;
};

static const char *err(long r)
{
	if (r >= 0)
		return "ok";
	switch (errno) {
	case EINVAL: return "EINVAL";
	case EFAULT: return "EFAULT";
	case EPERM: return "EPERM";
	case ESRCH: return "ESRCH";
	case EBADF: return "EBADF";
	case EMFILE: return "EMFILE";
	case ENOTTY: return "ENOTTY";
	case ENODEV: return "ENODEV";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EADDRNOTAVAIL: return "EADDRNOTAVAIL";
	case ENOSYS: return "ENOSYS";
	case EBUSY: return "EBUSY";
	case ENOENT: return "ENOENT";
	case ESPIPE: return "ESPIPE";
	default: return strerror(errno);
	}
}

#define SHOW(what, call) do { long __r = (call); printf("%s: %ld %s\n", what, __r < 0 ? -1L : __r, err(__r)); } while (0)

static const char *yes(int c)
{
	return c ? "yes" : "no";
}

/* Spin until this process has used ms of CPU time (not wall time: the
 * machine that runs the test may be busy). */
static void burn_cpu(long ms)
{
	struct timespec a, b;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
	do {
		for (volatile int i = 0; i < 100000; i++)
			;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
	} while ((b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec) < ms * 1000000LL);
}

static double tv_ms(struct timeval tv)
{
	return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0;
}

/* --- uname --- */

static void test_uname(void)
{
	struct utsname u;
	char name[100];

	SHOW("uname", uname(&u));
	/* A 32-bit kernel says i686 (the test checks ours); a 64-bit Linux
	 * running this i386 program says x86_64. */
	printf("uname: sysname %s, machine is an x86: %s\n", u.sysname,
	       yes(!strcmp(u.machine, "i686") || !strcmp(u.machine, "x86_64")));
	printf("uname: release starts with a digit and has dots: %s\n",
	       yes(u.release[0] >= '1' && u.release[0] <= '9' && strchr(u.release, '.')));
	printf("uname: nodename set: %s\n", yes(u.nodename[0] != 0));
	SHOW("uname(bad pointer)", syscall(NR_uname, BAD));
	SHOW("gethostname", gethostname(name, sizeof(name)));
	printf("gethostname equals uname's nodename: %s\n", yes(!strcmp(name, u.nodename)));
	/* Only the errors: a successful sethostname would rename the Linux host. */
	SHOW("sethostname(len -1)", syscall(NR_sethostname, "x", -1));
	SHOW("sethostname(len 65)", syscall(NR_sethostname, name, 65));
	SHOW("sethostname(bad pointer)", syscall(NR_sethostname, BAD, 5));
	SHOW("setdomainname(len 65)", syscall(NR_setdomainname, name, 65));
	SHOW("setdomainname(bad pointer)", syscall(NR_setdomainname, BAD, 5));
}

/* --- clocks --- */

static long long ns(struct timespec t)
{
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void test_clocks(void)
{
	struct timespec r1, m1, r2, m2, req;
	struct ts32 k;
	long long r64[2];
	struct timeval tv;
	struct timezone tz;
	time_t t, t2;
	long long d1, d2;

	t = time(&t2);
	printf("time: after 2023 and equal to *tloc: %s\n", yes(t > 1700000000 && t == t2));
	SHOW("time(bad pointer)", syscall(NR_time, BAD));
	SHOW("gettimeofday", gettimeofday(&tv, &tz));
	printf("gettimeofday: within a second of time(): %s, usec in range: %s\n",
	       yes(tv.tv_sec - t <= 1 && tv.tv_sec >= t), yes(tv.tv_usec >= 0 && tv.tv_usec < 1000000));
	SHOW("gettimeofday(bad tv)", syscall(NR_gettimeofday, BAD, NULL));
	SHOW("gettimeofday(NULL, NULL)", syscall(NR_gettimeofday, NULL, NULL));
	/* Setting the clock: only cases Linux refuses before it checks the
	 * caller may (this runs on the Linux host too). */
	{
		long bad_usec[2] = { 0, -1 };
		struct ts32 bad_nsec = { 0, -1 }, ok = { 0, 0 };

		SHOW("settimeofday(usec -1)", syscall(NR_settimeofday, bad_usec, NULL));
		SHOW("settimeofday(bad pointer)", syscall(NR_settimeofday, BAD, NULL));
		SHOW("clock_settime(clock 99)", syscall(NR_clock_settime, 99, &ok));
		SHOW("clock_settime(MONOTONIC)", syscall(NR_clock_settime, CLOCK_MONOTONIC, &ok));
		SHOW("clock_settime(PROCESS_CPUTIME_ID)", syscall(NR_clock_settime, CLOCK_PROCESS_CPUTIME_ID, &ok));
		SHOW("clock_settime(REALTIME, bad pointer)", syscall(NR_clock_settime, CLOCK_REALTIME, BAD));
		SHOW("clock_settime(REALTIME, nsec -1)", syscall(NR_clock_settime, CLOCK_REALTIME, &bad_nsec));
	}

	clock_gettime(CLOCK_REALTIME, &r1);
	clock_gettime(CLOCK_MONOTONIC, &m1);
	burn_cpu(20);
	clock_gettime(CLOCK_REALTIME, &r2);
	clock_gettime(CLOCK_MONOTONIC, &m2);
	d1 = ns(r1) - ns(m1);
	d2 = ns(r2) - ns(m2);
	printf("clock: realtime within a second of gettimeofday: %s\n", yes(r1.tv_sec - tv.tv_sec <= 1 && r1.tv_sec >= tv.tv_sec));
	printf("clock: monotonic advanced 20 ms: %s\n", yes(ns(m2) - ns(m1) >= 20000000));
	printf("clock: realtime - monotonic steady (within 50 ms): %s\n", yes(d2 - d1 < 50000000 && d1 - d2 < 50000000));
	printf("clock: boottime >= monotonic: %s\n", ({ struct timespec b, m; clock_gettime(CLOCK_MONOTONIC, &m);
		clock_gettime(CLOCK_BOOTTIME, &b); yes(ns(b) >= ns(m)); }));
	SHOW("clock_gettime(REALTIME_COARSE)", syscall(NR_clock_gettime, CLOCK_REALTIME_COARSE, &k));
	SHOW("clock_gettime(MONOTONIC_RAW)", syscall(NR_clock_gettime, CLOCK_MONOTONIC_RAW, &k));
	SHOW("clock_gettime(PROCESS_CPUTIME_ID)", syscall(NR_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, &k));
	printf("clock: process cpu time at least 10 ms: %s\n", yes(k.tv_sec * 1000000000LL + k.tv_nsec >= 10000000));
	SHOW("clock_gettime(THREAD_CPUTIME_ID)", syscall(NR_clock_gettime, CLOCK_THREAD_CPUTIME_ID, &k));
	SHOW("clock_gettime(clock 99)", syscall(NR_clock_gettime, 99, &k));
	SHOW("clock_gettime(bad pointer)", syscall(NR_clock_gettime, CLOCK_REALTIME, BAD));
	SHOW("clock_gettime64(MONOTONIC)", syscall(NR_clock_gettime64, CLOCK_MONOTONIC, &r64));
	SHOW("clock_getres(REALTIME)", syscall(NR_clock_getres, CLOCK_REALTIME, &k));
	printf("clock_getres(REALTIME): %ld.%09ld\n", k.tv_sec, k.tv_nsec);
	SHOW("clock_getres(MONOTONIC)", syscall(NR_clock_getres, CLOCK_MONOTONIC, &k));
	printf("clock_getres(MONOTONIC): %ld.%09ld\n", k.tv_sec, k.tv_nsec);
	SHOW("clock_getres(PROCESS_CPUTIME_ID)", syscall(NR_clock_getres, CLOCK_PROCESS_CPUTIME_ID, &k));
	printf("clock_getres(PROCESS_CPUTIME_ID): %ld.%09ld\n", k.tv_sec, k.tv_nsec);
	SHOW("clock_getres(MONOTONIC, NULL)", syscall(NR_clock_getres, CLOCK_MONOTONIC, NULL));
	SHOW("clock_getres(clock 99)", syscall(NR_clock_getres, 99, &k));
	/* clock_getres with a bad pointer is EFAULT on Linux, but qemu-user
	 * ignores the failed copy and says 0: left out. */

	req.tv_sec = 0;
	req.tv_nsec = 20000000;
	clock_gettime(CLOCK_MONOTONIC, &m1);
	printf("clock_nanosleep(MONOTONIC, 20 ms): %d\n", clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL));
	clock_gettime(CLOCK_MONOTONIC, &m2);
	printf("clock_nanosleep: slept at least 20 ms: %s\n", yes(ns(m2) - ns(m1) >= 20000000));
	clock_gettime(CLOCK_REALTIME, &r1);
	r1.tv_nsec += 20000000;
	if (r1.tv_nsec >= 1000000000) {
		r1.tv_sec++;
		r1.tv_nsec -= 1000000000;
	}
	printf("clock_nanosleep(REALTIME, absolute, 20 ms ahead): %d\n", clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &r1, NULL));
	clock_gettime(CLOCK_REALTIME, &r2);
	printf("clock_nanosleep: woke at or after the deadline: %s\n", yes(ns(r2) >= ns(r1)));
	r1.tv_sec -= 10;
	printf("clock_nanosleep(REALTIME, absolute, in the past): %d\n", clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &r1, NULL));
	k.tv_sec = 0;
	k.tv_nsec = 1000;
	SHOW("clock_nanosleep(clock 99)", syscall(NR_clock_nanosleep, 99, 0, &k, NULL));
	SHOW("clock_nanosleep(MONOTONIC_RAW)", syscall(NR_clock_nanosleep, CLOCK_MONOTONIC_RAW, 0, &k, NULL));
	/* Linux checks the clock before the pointer (EOPNOTSUPP for
	 * REALTIME_COARSE and a bad pointer), qemu-user the pointer first:
	 * that case is left out. */
	SHOW("clock_nanosleep(THREAD_CPUTIME_ID)", syscall(NR_clock_nanosleep, CLOCK_THREAD_CPUTIME_ID, 0, &k, NULL));
	SHOW("clock_nanosleep(bad pointer)", syscall(NR_clock_nanosleep, CLOCK_MONOTONIC, 0, BAD, NULL));
	k.tv_nsec = 1000000000;
	SHOW("clock_nanosleep(nsec 10^9)", syscall(NR_clock_nanosleep, CLOCK_MONOTONIC, 0, &k, NULL));
	k.tv_sec = -1;
	k.tv_nsec = 0;
	SHOW("clock_nanosleep(sec -1)", syscall(NR_clock_nanosleep, CLOCK_MONOTONIC, 0, &k, NULL));
	req.tv_sec = 0;
	req.tv_nsec = 1000;
	SHOW("nanosleep(1 us)", nanosleep(&req, NULL));
}

/* --- getrandom --- */

static void test_getrandom(void)
{
	unsigned char a[32], b[32];

	SHOW("getrandom(32)", syscall(NR_getrandom, a, sizeof(a), 0));
	SHOW("getrandom(32, GRND_NONBLOCK)", syscall(NR_getrandom, b, sizeof(b), 1));
	printf("getrandom: two results differ: %s\n", yes(memcmp(a, b, sizeof(a)) != 0));
	SHOW("getrandom(GRND_RANDOM)", syscall(NR_getrandom, a, 8, 2));
	SHOW("getrandom(GRND_INSECURE)", syscall(NR_getrandom, a, 8, 4));
	SHOW("getrandom(GRND_RANDOM|GRND_INSECURE)", syscall(NR_getrandom, a, 8, 6));
	SHOW("getrandom(flags 8)", syscall(NR_getrandom, a, 8, 8));
	SHOW("getrandom(bad pointer)", syscall(NR_getrandom, BAD, 8, 0));
	SHOW("getrandom(length 0)", syscall(NR_getrandom, a, 0, 0));
	SHOW("getrandom(5000 bytes)", syscall(NR_getrandom, ({ static char big[5000]; big; }), 5000, 0));
}

/* --- limits --- */

static void show_rlimit(const char *what, int resource)
{
	struct rlimit r;

	if (getrlimit(resource, &r) < 0) {
		printf("%s: %s\n", what, err(-1));
		return;
	}
	printf("%s: cur %lld max %lld\n", what,
	       r.rlim_cur == RLIM_INFINITY ? -1LL : (long long)r.rlim_cur,
	       r.rlim_max == RLIM_INFINITY ? -1LL : (long long)r.rlim_max);
}

static void test_rlimits(void)
{
	struct rlimit r, saved;
	unsigned long raw[2];
	unsigned long long r64[2], new64[2];
	int lowest, n, fd, status;
	pid_t pid;

	getrlimit(RLIMIT_NOFILE, &saved);
	r = saved;
	printf("rlimit: NOFILE soft <= hard: %s\n", yes(saved.rlim_cur <= saved.rlim_max));
	/* Round trips.  Everyone is root: raising a hard limit is allowed. */
	r.rlim_cur = 1234;
	r.rlim_max = 5678;
	SHOW("setrlimit(CORE, 1234/5678)", setrlimit(RLIMIT_CORE, &r));
	show_rlimit("getrlimit(CORE)", RLIMIT_CORE);
	r.rlim_cur = r.rlim_max = RLIM_INFINITY;
	SHOW("setrlimit(FSIZE, infinity)", setrlimit(RLIMIT_FSIZE, &r));
	show_rlimit("getrlimit(FSIZE)", RLIMIT_FSIZE);
	/* The old getrlimit (76) says 2147483647 for infinity on Linux
	 * i386 (sys_old_getrlimit clamps); qemu-user passes the host's
	 * ~0UL through.  Only its success is compared. */
	SHOW("getrlimit, the old call (76)", syscall(NR_getrlimit, RLIMIT_FSIZE, raw));
	SHOW("ugetrlimit (191)", syscall(NR_ugetrlimit, RLIMIT_FSIZE, raw));
	printf("ugetrlimit(FSIZE): cur %lu max %lu\n", raw[0], raw[1]);
	SHOW("prlimit64(0, FSIZE, NULL, old)", syscall(NR_prlimit64, 0, RLIMIT_FSIZE, NULL, r64));
	printf("prlimit64(FSIZE): cur %llu max %llu\n", r64[0], r64[1]);
	new64[0] = 8 << 20;
	new64[1] = ~0ULL;
	SHOW("prlimit64(0, STACK, 8 MiB / infinity, old)", syscall(NR_prlimit64, 0, RLIMIT_STACK, new64, r64));
	show_rlimit("getrlimit(STACK)", RLIMIT_STACK);
	SHOW("prlimit64(getpid(), CORE)", syscall(NR_prlimit64, getpid(), RLIMIT_CORE, NULL, r64));
	printf("prlimit64(getpid(), CORE): cur %llu max %llu\n", r64[0], r64[1]);
	SHOW("prlimit64(pid -1)", syscall(NR_prlimit64, -1, RLIMIT_CORE, NULL, r64));
	SHOW("prlimit64(bad new)", syscall(NR_prlimit64, 0, RLIMIT_CORE, BAD, NULL));
	SHOW("prlimit64(bad old)", syscall(NR_prlimit64, 0, RLIMIT_CORE, NULL, BAD));
	r.rlim_cur = 10;
	r.rlim_max = 5;
	SHOW("setrlimit(cur > max)", setrlimit(RLIMIT_CORE, &r));
	SHOW("setrlimit(resource 16)", syscall(NR_setrlimit, 16, &r));
	SHOW("getrlimit(resource 16)", syscall(NR_ugetrlimit, 16, &r));
	SHOW("getrlimit(resource -1)", syscall(NR_ugetrlimit, -1, &r));
	SHOW("setrlimit(bad pointer)", syscall(NR_setrlimit, RLIMIT_CORE, BAD));
	SHOW("getrlimit(bad pointer)", syscall(NR_ugetrlimit, RLIMIT_CORE, BAD));

	/* RLIMIT_NOFILE is enforced: lower it to three above the lowest
	 * free descriptor, and open sockets until EMFILE. */
	lowest = dup(0);
	close(lowest);
	/* Only the soft limit: the hard one differs between hosts. */
	r = saved;
	r.rlim_cur = lowest + 3;
	SHOW("setrlimit(NOFILE, soft = lowest free + 3)", setrlimit(RLIMIT_NOFILE, &r));
	for (n = 0; (fd = socket(AF_INET, SOCK_DGRAM, 0)) >= 0; n++)
		;
	printf("rlimit: sockets opened before EMFILE: %d (%s)\n", n, err(-1));
	SHOW("dup(0) at the limit", dup(0));
	SHOW("dup2(0, limit)", dup2(0, lowest + 3) < 0 ? -1 : 0);
	SHOW("dup2(0, limit - 1)", dup2(0, lowest + 2) < 0 ? -1 : 0);
	SHOW("fcntl(F_DUPFD, limit)", fcntl(0, F_DUPFD, lowest + 3));
	pid = nofork ? -1 : fork();
	if (pid == 0) {
		struct rlimit c;

		getrlimit(RLIMIT_NOFILE, &c);
		printf("child: inherited NOFILE limit = lowest free + 3: %s\n", yes(c.rlim_cur == (rlim_t)lowest + 3));
		printf("child: socket at the limit: %s\n", err(socket(AF_INET, SOCK_DGRAM, 0)));
		exit(0);
	}
	waitpid(pid, &status, 0);
	for (fd = lowest; fd < lowest + 3; fd++)
		close(fd);
	SHOW("setrlimit(NOFILE, back)", setrlimit(RLIMIT_NOFILE, &saved));
}

/* --- umask, prctl --- */

static void test_umask_prctl(void)
{
	char name[32];
	int status;
	pid_t pid;

	umask(027);
	printf("umask(0) after umask(027): %03o\n", umask(0));
	printf("umask(01777) after umask(0): %03o\n", umask(01777));
	printf("umask(022) after umask(01777): %03o\n", umask(022));
	umask(077);
	pid = nofork ? -1 : fork();
	if (pid == 0) {
		printf("child: umask inherited: %03o\n", umask(0));
		exit(0);
	}
	waitpid(pid, &status, 0);
	umask(022);

	SHOW("prctl(PR_SET_NAME, long name)", prctl(PR_SET_NAME, "syscalls-test-long-name", 0, 0, 0));
	memset(name, 'x', sizeof(name));
	SHOW("prctl(PR_GET_NAME)", prctl(PR_GET_NAME, name, 0, 0, 0));
	printf("prctl: name \"%s\", NUL at 15: %s\n", name, yes(name[15] == 0));
	SHOW("prctl(PR_SET_NAME, \"sc\")", prctl(PR_SET_NAME, "sc", 0, 0, 0));
	prctl(PR_GET_NAME, name, 0, 0, 0);
	printf("prctl: name \"%s\"\n", name);
	SHOW("prctl(PR_GET_NAME, bad pointer)", syscall(NR_prctl, PR_GET_NAME, BAD, 0, 0, 0));
	SHOW("prctl(PR_SET_NAME, bad pointer)", syscall(NR_prctl, PR_SET_NAME, BAD, 0, 0, 0));
	SHOW("prctl(option 12345)", syscall(NR_prctl, 12345, 0, 0, 0, 0));
}

/* --- getrusage, times, sysinfo, getppid --- */

static void test_usage(void)
{
	struct rusage ru, ru2;
	struct tms t1, t2;
	struct sysinfo si;
	clock_t c1, c2;
	int status;
	pid_t pid, ppid;

	SHOW("getrusage(SELF)", getrusage(RUSAGE_SELF, &ru));
	c1 = times(&t1);
	burn_cpu(150);
	c2 = times(&t2);
	SHOW("getrusage(THREAD)", getrusage(RUSAGE_THREAD, &ru2));
	printf("getrusage: cpu time grew by at least 100 ms: %s\n",
	       yes(tv_ms(ru2.ru_utime) + tv_ms(ru2.ru_stime) - tv_ms(ru.ru_utime) - tv_ms(ru.ru_stime) >= 100));
	printf("getrusage: maxrss > 0: %s\n", yes(ru2.ru_maxrss > 0));
	printf("times: clock advanced at least 10 ticks: %s\n", yes(c2 - c1 >= 10));
	printf("times: utime + stime grew by at least 10 ticks: %s\n",
	       yes(t2.tms_utime + t2.tms_stime - t1.tms_utime - t1.tms_stime >= 10));
	printf("sysconf(_SC_CLK_TCK): %ld\n", sysconf(_SC_CLK_TCK));
	SHOW("times(NULL) > 0", syscall(NR_times, NULL) > 0 ? 0 : -1);
	SHOW("times(bad pointer)", syscall(NR_times, BAD));
	SHOW("getrusage(CHILDREN)", getrusage(RUSAGE_CHILDREN, &ru));

	ppid = getpid();
	pid = nofork ? -1 : fork();
	if (pid == 0) {
		printf("child: getppid is the parent: %s\n", yes(getppid() == ppid));
		burn_cpu(150);
		exit(0);
	}
	if (pid > 0) {
		waitpid(pid, &status, 0);
		getrusage(RUSAGE_CHILDREN, &ru);
		printf("getrusage(CHILDREN): the reaped child's 100+ ms: %s\n", yes(tv_ms(ru.ru_utime) + tv_ms(ru.ru_stime) >= 100));
		times(&t2);
		printf("times: cutime + cstime at least 10 ticks: %s\n", yes(t2.tms_cutime + t2.tms_cstime >= 10));
	}
	SHOW("getrusage(who 5)", getrusage(5, &ru));
	SHOW("getrusage(bad pointer)", syscall(NR_getrusage, RUSAGE_SELF, BAD));

	SHOW("sysinfo", sysinfo(&si));
	printf("sysinfo: uptime > 0: %s, ram: total >= free > 0: %s, procs >= 1: %s\n", yes(si.uptime > 0),
	       yes((unsigned long long)si.totalram >= si.freeram && si.freeram > 0), yes(si.procs >= 1));
	SHOW("sysinfo(bad pointer)", syscall(NR_sysinfo, BAD));
}

/* --- ioctls on sockets --- */

static int ioctl_int(int fd, unsigned long req, int *v)
{
	*v = -12345;
	return ioctl(fd, req, v);
}

#define SHOW_INT(what, fd, req) do { int __v; long __r = ioctl_int(fd, req, &__v); \
	if (__r < 0) printf("%s: %s\n", what, err(__r)); else printf("%s: %d\n", what, __v); } while (0)

static void test_queue_ioctls(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_un su = { .sun_family = AF_UNIX };
	socklen_t len = sizeof(sa);
	struct timespec pause = { 0, 100000000 };
	int u1, u2, l, c, s, sv[2], ul, v;
	char buf[200];
	struct termios_like { char b[64]; } t;

	/* UDP: the first datagram's size, not the total. */
	u1 = socket(AF_INET, SOCK_DGRAM, 0);
	u2 = socket(AF_INET, SOCK_DGRAM, 0);
	bind(u1, (struct sockaddr *)&sa, sizeof(sa));
	getsockname(u1, (struct sockaddr *)&sa, &len);
	SHOW_INT("udp: FIONREAD, empty", u1, FIONREAD);
	sendto(u2, "hello", 5, 0, (struct sockaddr *)&sa, sizeof(sa));
	sendto(u2, "123456789", 9, 0, (struct sockaddr *)&sa, sizeof(sa));
	SHOW_INT("udp: FIONREAD, 5 then 9 bytes queued", u1, FIONREAD);
	SHOW_INT("udp: SIOCINQ", u1, SIOCINQ);
	recv(u1, buf, sizeof(buf), 0);
	SHOW_INT("udp: FIONREAD after one recv", u1, FIONREAD);
	recv(u1, buf, sizeof(buf), 0);
	SHOW_INT("udp: FIONREAD after both", u1, FIONREAD);
	SHOW_INT("udp: SIOCOUTQ of the sender", u2, SIOCOUTQ);
	SHOW("udp: FIONREAD, bad pointer", ioctl(u1, FIONREAD, BAD));
	errno = 0;
	v = isatty(u1);
	printf("udp: isatty %d %s\n", v, err(-1));
	SHOW("udp: TCGETS", ioctl(u1, TCGETS, &t));
	SHOW("udp: TIOCGWINSZ", ioctl(u1, TIOCGWINSZ, &t));
	/* Requests nobody knows are ENOTTY too on Linux, but qemu-user
	 * answers ENOSYS for any request it cannot translate: left out. */
	{
		struct stat st;
		long long kbuf[256 / 8];	/* room for struct stat64 and struct statx */

		SHOW("udp: fstat", fstat(u1, &st));
		printf("udp: fstat: socket %s, mode %03o, links %d, size %lld, blksize %ld\n", yes(S_ISSOCK(st.st_mode)),
		       (unsigned)st.st_mode & 0777, (int)st.st_nlink, (long long)st.st_size, (long)st.st_blksize);
		/* The errors from the kernel itself: libc's fstat() copies
		 * through a buffer of its own, and would fault on BAD. */
		SHOW("fstat64(bad descriptor)", syscall(NR_fstat64, 999, kbuf));
		SHOW("fstat64(bad pointer)", syscall(NR_fstat64, u1, BAD));
		SHOW("statx(\"\", AT_EMPTY_PATH, bad pointer)", syscall(NR_statx, u1, "", 0x1000, 0x7ff, BAD));
		SHOW("statx(\"\" without AT_EMPTY_PATH)", syscall(NR_statx, u1, "", 0, 0x7ff, kbuf));
		SHOW("statx(both sync flags)", syscall(NR_statx, u1, "", 0x1000 | 0x6000, 0x7ff, kbuf));
		SHOW("statx(reserved mask bit)", syscall(NR_statx, u1, "", 0x1000, 0x80000000u, kbuf));
		SHOW("statx(bad descriptor)", syscall(NR_statx, 999, "", 0x1000, 0x7ff, kbuf));
	}
	close(u1);
	close(u2);

	/* TCP: unread bytes; unacknowledged bytes; EINVAL on a listener. */
	l = socket(AF_INET, SOCK_STREAM, 0);
	sa.sin_port = 0;
	bind(l, (struct sockaddr *)&sa, sizeof(sa));
	len = sizeof(sa);
	getsockname(l, (struct sockaddr *)&sa, &len);
	listen(l, 1);
	SHOW_INT("tcp listener: SIOCINQ", l, SIOCINQ);
	SHOW_INT("tcp listener: SIOCOUTQ", l, SIOCOUTQ);
	c = socket(AF_INET, SOCK_STREAM, 0);
	SHOW_INT("tcp unconnected: SIOCINQ", c, SIOCINQ);
	connect(c, (struct sockaddr *)&sa, sizeof(sa));
	s = accept(l, NULL, NULL);
	memset(buf, 'x', sizeof(buf));
	send(c, buf, 100, 0);
	nanosleep(&pause, NULL);	/* the ACK, even if delayed */
	SHOW_INT("tcp: SIOCINQ after 100 bytes", s, SIOCINQ);
	SHOW_INT("tcp: FIONREAD", s, FIONREAD);
	SHOW_INT("tcp: sender's SIOCOUTQ once acknowledged", c, SIOCOUTQ);
	recv(s, buf, 30, 0);
	SHOW_INT("tcp: SIOCINQ after reading 30", s, SIOCINQ);
	shutdown(c, SHUT_WR);
	nanosleep(&pause, NULL);
	SHOW_INT("tcp: SIOCINQ with the FIN in (not counted)", s, SIOCINQ);
	recv(s, buf, sizeof(buf), 0);
	SHOW_INT("tcp: SIOCINQ after reading all", s, SIOCINQ);
	SHOW_INT("tcp: SIOCOUTQ after our FIN was acknowledged", c, SIOCOUTQ);
	close(c);
	close(s);
	close(l);

	/* AF_UNIX. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	write(sv[0], buf, 10);
	write(sv[0], buf, 20);
	SHOW_INT("unix stream: FIONREAD after 10 + 20 bytes", sv[1], FIONREAD);
	ioctl_int(sv[0], SIOCOUTQ, &v);
	printf("unix stream: the writer's SIOCOUTQ > 0: %s\n", yes(v > 0));
	read(sv[1], buf, 15);
	SHOW_INT("unix stream: FIONREAD after reading 15", sv[1], FIONREAD);
	read(sv[1], buf, 15);
	SHOW_INT("unix stream: FIONREAD after reading all", sv[1], FIONREAD);
	SHOW_INT("unix stream: the writer's SIOCOUTQ once read", sv[0], SIOCOUTQ);
	close(sv[0]);
	close(sv[1]);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	write(sv[0], buf, 3);
	write(sv[0], buf, 7);
	SHOW_INT("unix dgram: FIONREAD, 3 then 7 bytes queued", sv[1], FIONREAD);
	close(sv[0]);
	close(sv[1]);
	ul = socket(AF_UNIX, SOCK_STREAM, 0);
	memcpy(su.sun_path, "\0syscalls-test", 14);
	bind(ul, (struct sockaddr *)&su, offsetof(struct sockaddr_un, sun_path) + 14);
	listen(ul, 1);
	SHOW_INT("unix listener: SIOCINQ", ul, SIOCINQ);
	SHOW("unix: SIOCGIFADDR (not a family request)", ioctl(ul, SIOCGIFADDR, buf));
	printf("unix: isatty %d\n", isatty(ul));
	close(ul);
}

static const char *ip(struct sockaddr *a)
{
	return inet_ntoa(((struct sockaddr_in *)a)->sin_addr);
}

static void test_interface_ioctls(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0), ufd = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct ifreq ifr, reqs[32];
	struct ifconf ifc;
	bool found = false;
	int n;

	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	SHOW("SIOCGIFFLAGS lo", ioctl(fd, SIOCGIFFLAGS, &ifr));
	printf("lo flags: %#x (UP %s, LOOPBACK %s, RUNNING %s)\n", (unsigned short)ifr.ifr_flags,
	       yes(ifr.ifr_flags & IFF_UP), yes(ifr.ifr_flags & IFF_LOOPBACK), yes(ifr.ifr_flags & IFF_RUNNING));
	SHOW("SIOCSIFFLAGS lo, the same flags", ioctl(fd, SIOCSIFFLAGS, &ifr));
	SHOW("SIOCGIFFLAGS lo on an AF_UNIX socket", ioctl(ufd, SIOCGIFFLAGS, &ifr));
	printf("lo flags: %#x\n", (unsigned short)ifr.ifr_flags);
	SHOW("SIOCGIFADDR lo", ioctl(fd, SIOCGIFADDR, &ifr));
	printf("lo address: family %d %s\n", ifr.ifr_addr.sa_family, ip(&ifr.ifr_addr));
	SHOW("SIOCGIFNETMASK lo", ioctl(fd, SIOCGIFNETMASK, &ifr));
	printf("lo netmask: %s\n", ip(&ifr.ifr_netmask));
	SHOW("SIOCGIFDSTADDR lo", ioctl(fd, SIOCGIFDSTADDR, &ifr));
	printf("lo destination: %s\n", ip(&ifr.ifr_dstaddr));
	SHOW("SIOCGIFBRDADDR lo", ioctl(fd, SIOCGIFBRDADDR, &ifr));
	printf("lo broadcast: %s\n", ip(&ifr.ifr_broadaddr));
	SHOW("SIOCGIFMTU lo", ioctl(fd, SIOCGIFMTU, &ifr));
	printf("lo mtu: %d\n", ifr.ifr_mtu);
	SHOW("SIOCGIFMETRIC lo", ioctl(fd, SIOCGIFMETRIC, &ifr));
	printf("lo metric: %d\n", ifr.ifr_metric);
	SHOW("SIOCGIFTXQLEN lo", ioctl(fd, SIOCGIFTXQLEN, &ifr));
	printf("lo txqueuelen: %d\n", ifr.ifr_qlen);
	SHOW("SIOCGIFHWADDR lo", ioctl(fd, SIOCGIFHWADDR, &ifr));
	printf("lo hwaddr: family %d, %02x:%02x:%02x:%02x:%02x:%02x\n", ifr.ifr_hwaddr.sa_family,
	       (unsigned char)ifr.ifr_hwaddr.sa_data[0], (unsigned char)ifr.ifr_hwaddr.sa_data[1],
	       (unsigned char)ifr.ifr_hwaddr.sa_data[2], (unsigned char)ifr.ifr_hwaddr.sa_data[3],
	       (unsigned char)ifr.ifr_hwaddr.sa_data[4], (unsigned char)ifr.ifr_hwaddr.sa_data[5]);
	SHOW("SIOCGIFINDEX lo", ioctl(fd, SIOCGIFINDEX, &ifr));
	printf("lo index: %d\n", ifr.ifr_ifindex);
	memset(ifr.ifr_name, 0, sizeof(ifr.ifr_name));
	SHOW("SIOCGIFNAME index 1", ioctl(fd, SIOCGIFNAME, &ifr));
	printf("index 1 is \"%s\"\n", ifr.ifr_name);
	ifr.ifr_ifindex = 9999;
	SHOW("SIOCGIFNAME index 9999", ioctl(fd, SIOCGIFNAME, &ifr));
	strcpy(ifr.ifr_name, "nosuch0");
	SHOW("SIOCGIFFLAGS nosuch0", ioctl(fd, SIOCGIFFLAGS, &ifr));
	SHOW("SIOCGIFADDR nosuch0", ioctl(fd, SIOCGIFADDR, &ifr));
	SHOW("SIOCGIFMTU nosuch0", ioctl(fd, SIOCGIFMTU, &ifr));
	strcpy(ifr.ifr_name, "lo:7");
	SHOW("SIOCGIFADDR lo:7 (no such alias)", ioctl(fd, SIOCGIFADDR, &ifr));
	SHOW("SIOCGIFFLAGS lo:7 (the device's)", ioctl(fd, SIOCGIFFLAGS, &ifr));
	SHOW("SIOCGIFFLAGS bad pointer", ioctl(fd, SIOCGIFFLAGS, BAD));
	SHOW("SIOCGIFADDR bad pointer", ioctl(fd, SIOCGIFADDR, BAD));

	/* The list: lo 127.0.0.1 must be in it (the host may have more). */
	ifc.ifc_len = sizeof(reqs);
	ifc.ifc_req = reqs;
	SHOW("SIOCGIFCONF", ioctl(fd, SIOCGIFCONF, &ifc));
	for (n = 0; n < ifc.ifc_len / (int)sizeof(struct ifreq); n++)
		if (!strcmp(reqs[n].ifr_name, "lo") && !strcmp(ip(&reqs[n].ifr_addr), "127.0.0.1"))
			found = true;
	printf("SIOCGIFCONF: whole ifreqs: %s, lo 127.0.0.1 listed: %s\n", yes(ifc.ifc_len % sizeof(struct ifreq) == 0), yes(found));
	ifc.ifc_len = 0;
	ifc.ifc_buf = NULL;
	SHOW("SIOCGIFCONF, NULL buffer", ioctl(fd, SIOCGIFCONF, &ifc));
	printf("SIOCGIFCONF: the length needed is whole ifreqs: %s\n", yes(ifc.ifc_len >= 32 && ifc.ifc_len % 32 == 0));
	ifc.ifc_len = sizeof(struct ifreq) - 1;
	ifc.ifc_req = reqs;
	SHOW("SIOCGIFCONF, room for less than one", ioctl(fd, SIOCGIFCONF, &ifc));
	printf("SIOCGIFCONF: length %d\n", ifc.ifc_len);
	SHOW("SIOCGIFCONF bad pointer", ioctl(fd, SIOCGIFCONF, BAD));
	close(fd);
	close(ufd);
}

/* "facts": what differs from the host by nature or by design, for the
 * test to check against the host's clock and this kernel's README. */
/* lseek on what this kernel has (streams: the console, sockets) is ESPIPE, after
 * the descriptor and whence checks; the CPU affinity calls, in the ways
 * that are the same on any number of CPUs. */
static void test_lseek_affinity(void)
{
	int sv[2], fds[2];
	long long pos = 7;
	cpu_set_t set;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, fds);
	SHOW("lseek(socket, 0, SEEK_SET)", syscall(SYS_lseek, sv[0], 0, SEEK_SET));
	SHOW("lseek(datagram socket, 5, SEEK_CUR)", syscall(SYS_lseek, fds[0], 5, SEEK_CUR));
	SHOW("lseek(socket, 0, whence 99)", syscall(SYS_lseek, sv[0], 0, 99));
	SHOW("lseek(bad fd)", syscall(SYS_lseek, 999, 0, SEEK_SET));
	SHOW("_llseek(socket, SEEK_END)", syscall(SYS__llseek, fds[1], 0, 0, &pos, SEEK_END));
	SHOW("_llseek(bad whence)", syscall(SYS__llseek, fds[1], 0, 0, &pos, 5));
	SHOW("_llseek(bad fd)", syscall(SYS__llseek, -1, 0, 0, &pos, SEEK_SET));
	printf("_llseek left the result alone: %s\n", yes(pos == 7));
	close(sv[0]);
	close(sv[1]);
	close(fds[0]);
	close(fds[1]);

	CPU_ZERO(&set);
	SHOW("sched_getaffinity(0)", sched_getaffinity(0, sizeof(set), &set) == 0 ? 0 : -1);
	printf("CPU 0 in the mask: %s\n", yes(CPU_ISSET(0, &set)));
	SHOW("sched_getaffinity(len 6)", syscall(SYS_sched_getaffinity, 0, 6, &set));
	SHOW("sched_getaffinity(bad pointer)", syscall(SYS_sched_getaffinity, 0, sizeof(set), BAD));
	SHOW("sched_getaffinity(no such pid)", syscall(SYS_sched_getaffinity, 999999, sizeof(set), &set));
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	SHOW("sched_setaffinity({0})", sched_setaffinity(0, sizeof(set), &set));
	CPU_ZERO(&set);
	SHOW("sched_setaffinity({})", sched_setaffinity(0, sizeof(set), &set));
	SHOW("sched_setaffinity(bad pointer)", syscall(SYS_sched_setaffinity, 0, sizeof(set), BAD));
}

static void facts(void)
{
	struct utsname u;
	unsigned long raw[2];
	mode_t m = umask(0);

	uname(&u);
	printf("time %lld\n", (long long)time(NULL));
	printf("uname %s|%s|%s|%s|%s|%s\n", u.sysname, u.nodename, u.release, u.version, u.machine,
#ifdef _GNU_SOURCE
	       u.domainname
#else
	       ""
#endif
	);
	printf("umask %03o\n", (unsigned)m);
	show_rlimit("NOFILE", RLIMIT_NOFILE);
	show_rlimit("STACK", RLIMIT_STACK);
	show_rlimit("CORE", RLIMIT_CORE);
	show_rlimit("NPROC", RLIMIT_NPROC);
	syscall(NR_getrlimit, RLIMIT_CPU, raw);
	printf("old getrlimit(CPU) %lu %lu\n", raw[0], raw[1]);
	/* A 32-bit kernel keeps a 64-bit limit above 2^32 - 1 as infinity. */
	{
		unsigned long long new64[2] = { 8 << 20, 1ULL << 40 };

		syscall(NR_prlimit64, 0, RLIMIT_STACK, new64, NULL);
		show_rlimit("STACK after prlimit64 8 MiB / 2^40", RLIMIT_STACK);
	}
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "facts")) {
		facts();
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "set")) {
		/* socket86 only: set the names and the clock, read them back. */
		struct utsname u;
		/* Raw calls: musl's settimeofday drops the time zone. */
		long tv[2] = { 1893456000, 250000 };	/* 2030-01-01 00:00:00.25 UTC */
		int tz[2] = { -120, 0 }, tz2[2];
		struct timespec ts;

		SHOW("sethostname(\"test-host\")", sethostname("test-host", 9));
		SHOW("setdomainname(\"example\")", setdomainname("example", 7));
		uname(&u);
		printf("nodename %s, domainname %s\n", u.nodename, u.domainname);
		SHOW("sethostname(64 bytes)", sethostname("0123456789012345678901234567890123456789012345678901234567890123", 64));
		uname(&u);
		printf("nodename length %zu\n", strlen(u.nodename));
		SHOW("sethostname(\"\")", sethostname("", 0));
		uname(&u);
		printf("nodename \"%s\"\n", u.nodename);
		SHOW("settimeofday(2030-01-01, UTC+2)", syscall(NR_settimeofday, tv, tz));
		syscall(NR_gettimeofday, tv, tz2);
		printf("gettimeofday: 2030 now: %s, time zone %d\n",
		       yes(tv[0] >= 1893456000 && tv[0] < 1893456005), tz2[0]);
		ts.tv_sec = 1700000000;
		ts.tv_nsec = 0;
		SHOW("clock_settime(REALTIME, 2023-11-14)", clock_settime(CLOCK_REALTIME, &ts));
		printf("time: 2023-11-14 now: %s\n", yes(time(NULL) >= 1700000000 && time(NULL) < 1700000005));
		tz[0] = 16 * 60;
		SHOW("settimeofday(time zone 16 h)", syscall(NR_settimeofday, NULL, tz));
		/* lo cannot be taken down, nor its address changed, here. */
		{
			int fd = socket(AF_INET, SOCK_DGRAM, 0);
			struct ifreq ifr = { .ifr_name = "lo" };

			ioctl(fd, SIOCGIFFLAGS, &ifr);
			ifr.ifr_flags &= ~IFF_UP;
			SHOW("SIOCSIFFLAGS lo down", ioctl(fd, SIOCSIFFLAGS, &ifr));
			SHOW("SIOCSIFADDR lo", ioctl(fd, SIOCSIFADDR, &ifr));
			ioctl(fd, SIOCGIFFLAGS, &ifr);
			printf("lo still up: %s\n", yes(ifr.ifr_flags & IFF_UP));
			close(fd);
		}
		return 0;
	}
	nofork = argc > 1 && !strcmp(argv[1], "nofork");
	setvbuf(stdout, NULL, _IONBF, 0);	/* children print too */
	test_uname();
	test_clocks();
	test_getrandom();
	test_rlimits();
	test_umask_prctl();
	test_usage();
	test_queue_ioctls();
	test_interface_ioctls();
	test_lseek_affinity();
	printf("syscalls: done\n");
	return 0;
}
