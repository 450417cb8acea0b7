/* kernel/sys.c — the small system calls about the calling process and
 * time: getpid, getppid, gettid, getuid and friends, set_tid_address,
 * sched_yield, sched_getaffinity/sched_setaffinity, umask, prctl, the
 * resource limits (getrlimit, ugetrlimit, setrlimit,
 * prlimit64), getrusage, times, sysinfo; and the clocks: time,
 * gettimeofday, settimeofday, clock_gettime, clock_settime, clock_getres,
 * nanosleep and clock_nanosleep (each with its 64-bit-time twin).
 * Linux spreads these over kernel/sys.c and kernel/time/; the rules and
 * errors are Linux's.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/linux/time.h>
#include <uapi/linux/resource.h>
#include <uapi/linux/sysinfo.h>
#include <uapi/linux/prctl.h>

/* A process is a thread group: getpid is the group's id (its first
 * thread's), gettid the caller's own, getppid the process's parent. */
long sys_getpid(void)
{
	return current->tgid;
}

long sys_getppid(void)
{
	struct task_struct *parent = current->group_leader->parent;

	/* Linux reports 0 for a process started by the kernel itself. */
	return parent ? parent->tgid : 0;
}

long sys_gettid(void)
{
	return current->pid;
}

/* There are no users here: every process runs as root, as the auxiliary
 * vector says (AT_UID = 0).  getuid and friends say so too, in both their
 * 16-bit (24, 47, 49, 50) and 32-bit (199..202) forms. */
long sys_getuid(void)
{
	return 0;
}

long sys_set_tid_address(int __user *tidptr)
{
	current->clear_child_tid = (unsigned long)tidptr;
	return current->pid;
}

long sys_sched_yield(void)
{
	schedule();
	return 0;
}

/* sched_getaffinity/sched_setaffinity (Linux: kernel/sched/core.c).  This
 * kernel runs on one CPU, so every task's mask is {CPU 0}: the kernel's
 * cpumask is one long (4 bytes), which getaffinity copies and returns. */
#define CPUMASK_SIZE	sizeof(unsigned long)

long sys_sched_getaffinity(pid_t pid, unsigned int len, unsigned long __user *user_mask)
{
	unsigned long mask = 1;		/* CPU 0 */

	if (len * 8 < 1 || (len & (sizeof(unsigned long) - 1)))
		return -EINVAL;
	if (pid && !find_task_by_pid(pid))
		return -ESRCH;
	if (copy_to_user(user_mask, &mask, CPUMASK_SIZE))
		return -EFAULT;
	return CPUMASK_SIZE;
}

long sys_sched_setaffinity(pid_t pid, unsigned int len, const unsigned long __user *user_mask)
{
	unsigned long mask = 0;

	/* A shorter mask counts as zeros beyond its end, a longer one is cut. */
	if (copy_from_user(&mask, user_mask, len < CPUMASK_SIZE ? len : CPUMASK_SIZE))
		return -EFAULT;
	if (pid && !find_task_by_pid(pid))
		return -ESRCH;
	if (!(mask & 1))
		return -EINVAL;		/* no CPU this kernel has */
	return 0;
}

/* --- what a process inherits --- */

/* Linux's defaults (include/asm-generic/resource.h, INIT_RLIMITS), except
 * where this kernel enforces a smaller limit, which is then what it
 * reports: RLIMIT_NOFILE is the size of the descriptor table (NR_OPEN,
 * 64; Linux: 1024 soft, 4096 hard), and RLIMIT_NPROC the process table
 * (Linux: half of max_threads).  Only RLIMIT_NOFILE is checked by the
 * kernel (kernel/file.c); the stack is 8 MiB whatever RLIMIT_STACK says
 * (the mmap area starts below it); the others are kept and reported. */
static const struct rlimit init_rlimits[RLIM_NLIMITS] = {
	[RLIMIT_CPU]		= { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_FSIZE]		= { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_DATA]		= { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_STACK]		= { 8 << 20, RLIM_INFINITY },
	[RLIMIT_CORE]		= { 0, RLIM_INFINITY },
	[RLIMIT_RSS]		= { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_NPROC]		= { NR_TASKS - 1, NR_TASKS - 1 },
	[RLIMIT_NOFILE]		= { NR_OPEN, NR_OPEN },
	[RLIMIT_MEMLOCK]	= { 8 << 20, 8 << 20 },
	[RLIMIT_AS]		= { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_LOCKS]		= { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_SIGPENDING]	= { NR_TASKS - 1, NR_TASKS - 1 },
	[RLIMIT_MSGQUEUE]	= { 819200, 819200 },
	[RLIMIT_NICE]		= { 0, 0 },
	[RLIMIT_RTPRIO]		= { 0, 0 },
	[RLIMIT_RTTIME]		= { RLIM_INFINITY, RLIM_INFINITY },
};

/* A module's first process starts as init would: umask 022, the limits
 * above. */
void task_init_defaults(struct task_struct *p)
{
	p->umask = 0022;
	memcpy(p->rlim, init_rlimits, sizeof(p->rlim));
}

/* A new task inherits both from its creator (alloc_task). */
void copy_task_defaults(struct task_struct *p)
{
	p->umask = current->umask;
	memcpy(p->rlim, current->rlim, sizeof(p->rlim));
}

/* umask(2): there are no files to create yet, so the mask only travels
 * with the process — set, returned, inherited — until a file system
 * comes to apply it. */
long sys_umask(int mask)
{
	unsigned int old = current->umask;

	current->umask = mask & 0777;
	return old;
}

/* prctl(2): the process name (task->comm, what gdb's `p current->comm`
 * and the kernel log show), 15 characters and a NUL.  Every other option
 * is EINVAL, which is also what Linux says for options it does not know. */
long sys_prctl(int option, unsigned long arg2, unsigned long arg3,
	       unsigned long arg4, unsigned long arg5)
{
	char comm[TASK_COMM_LEN];

	switch (option) {
	case PR_SET_NAME:
		/* Up to 15 bytes or the first NUL; a fault before either is EFAULT. */
		for (int i = 0; i < TASK_COMM_LEN - 1; i++) {
			if (get_user(comm[i], (char __user *)arg2 + i))
				return -EFAULT;
			if (!comm[i]) {
				memset(comm + i, 0, TASK_COMM_LEN - i);
				break;
			}
		}
		comm[TASK_COMM_LEN - 1] = 0;
		memcpy(current->comm, comm, TASK_COMM_LEN);
		return 0;
	case PR_GET_NAME:
		memcpy(comm, current->comm, TASK_COMM_LEN);
		return copy_to_user((char __user *)arg2, comm, TASK_COMM_LEN) ? -EFAULT : 0;
	default:
		return -EINVAL;
	}
}

/* --- resource limits --- */

/* The one place a limit changes (Linux's do_prlimit).  Everyone is root,
 * so raising a hard limit is allowed — except RLIMIT_NOFILE beyond what
 * the descriptor table holds (Linux: beyond fs.nr_open), which is EPERM. */
static int do_prlimit(struct task_struct *p, unsigned int resource,
		      const struct rlimit *new, struct rlimit *old)
{
	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (new) {
		if (new->rlim_cur > new->rlim_max)
			return -EINVAL;
		if (resource == RLIMIT_NOFILE && new->rlim_max > NR_OPEN)
			return -EPERM;
	}
	if (old)
		*old = p->rlim[resource];
	if (new)
		p->rlim[resource] = *new;
	return 0;
}

/* ugetrlimit (191): the limits as they are, RLIM_INFINITY = ~0UL. */
long sys_getrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit r;
	int err = do_prlimit(current, resource, NULL, &r);

	if (err)
		return err;
	return copy_to_user(rlim, &r, sizeof(r)) ? -EFAULT : 0;
}

/* getrlimit (76), the call from before unsigned limits: it clamps to
 * 0x7fffffff, so "infinity" reads as 2147483647. */
long sys_old_getrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit r;
	int err = do_prlimit(current, resource, NULL, &r);

	if (err)
		return err;
	r.rlim_cur = min(r.rlim_cur, 0x7fffffffUL);
	r.rlim_max = min(r.rlim_max, 0x7fffffffUL);
	return copy_to_user(rlim, &r, sizeof(r)) ? -EFAULT : 0;
}

long sys_setrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit r;

	if (copy_from_user(&r, rlim, sizeof(r)))
		return -EFAULT;
	return do_prlimit(current, resource, &r, NULL);
}

/* 64-bit limits: anything at or above ~0UL is infinity. */
static void rlim64_to_rlim(const struct rlimit64 *r64, struct rlimit *r)
{
	r->rlim_cur = r64->rlim_cur >= RLIM_INFINITY ? RLIM_INFINITY : r64->rlim_cur;
	r->rlim_max = r64->rlim_max >= RLIM_INFINITY ? RLIM_INFINITY : r64->rlim_max;
}

static void rlim_to_rlim64(const struct rlimit *r, struct rlimit64 *r64)
{
	r64->rlim_cur = r->rlim_cur == RLIM_INFINITY ? RLIM64_INFINITY : r->rlim_cur;
	r64->rlim_max = r->rlim_max == RLIM_INFINITY ? RLIM64_INFINITY : r->rlim_max;
}

/* prlimit64 (340): get and/or set any process's limits (pid 0: the
 * caller).  The new limit is in place even if writing the old one back
 * faults, as in Linux. */
long sys_prlimit64(pid_t pid, unsigned int resource, const struct rlimit64 __user *new_rlim,
		   struct rlimit64 __user *old_rlim)
{
	struct rlimit64 new64, old64;
	struct rlimit new, old;
	struct task_struct *p;
	int err;

	if (new_rlim) {
		if (copy_from_user(&new64, new_rlim, sizeof(new64)))
			return -EFAULT;
		rlim64_to_rlim(&new64, &new);
	}
	p = pid ? find_task_by_pid(pid) : current;
	if (!p)
		return -ESRCH;
	err = do_prlimit(p, resource, new_rlim ? &new : NULL, old_rlim ? &old : NULL);
	if (!err && old_rlim) {
		rlim_to_rlim64(&old, &old64);
		if (copy_to_user(old_rlim, &old64, sizeof(old64)))
			err = -EFAULT;
	}
	return err;
}

/* --- how much a process used --- */

/* The exact CPU time (kernel/sched.c) split between user and kernel mode
 * in the proportion the ticks saw, in nanoseconds (Linux: cputime_adjust).
 * Ticks alone undercount when the host running QEMU is busy and delivers
 * fewer of them; the TSC clock keeps counting. */
void task_cputime_adjusted(struct task_struct *p, u64 *ut, u64 *st)
{
	u64 rtime = task_sched_runtime(p), total = p->utime + p->stime;

	if (!p->stime) {
		*st = 0;
	} else if (!p->utime) {
		*st = rtime;
	} else {			/* rtime * stime / total, without overflow */
		*st = rtime / total * p->stime + rtime % total * p->stime / total;
	}
	*ut = rtime - *st;
}

static struct timeval ns_to_timeval(u64 ns)
{
	return (struct timeval){ .tv_sec = ns / NSEC_PER_SEC, .tv_usec = ns % NSEC_PER_SEC / 1000 };
}

/* getrusage(2): user and system time; ru_maxrss is the pages mapped now
 * (this kernel keeps no peak), in KiB.  The counters Linux keeps and we
 * do not (faults, context switches) read 0. */
long sys_getrusage(int who, struct rusage __user *ru)
{
	struct rusage r = { 0 };
	u64 ut, st;

	switch (who) {
	/* The calling thread's time only: Linux's RUSAGE_SELF (and times())
	 * also adds the process's other threads, live and ended. */
	case RUSAGE_SELF:
	case RUSAGE_THREAD:
		task_cputime_adjusted(current, &ut, &st);
		r.ru_utime = ns_to_timeval(ut);
		r.ru_stime = ns_to_timeval(st);
		r.ru_maxrss = current->mm ? current->mm->nr_pages * (PAGE_SIZE / 1024) : 0;
		break;
	case RUSAGE_CHILDREN:		/* the children that wait4 reaped */
		r.ru_utime = ns_to_timeval(current->cutime);
		r.ru_stime = ns_to_timeval(current->cstime);
		break;
	default:
		return -EINVAL;
	}
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

/* times(2) counts in USER_HZ = 100 ticks a second (AT_CLKTCK, what
 * sysconf(_SC_CLK_TCK) says), whatever the kernel's HZ.  It returns the
 * ticks since boot (Linux starts that count at -300 s so that it wraps
 * early; ours starts at 0). */
#define USER_HZ 100

static long ns_to_clock_t(u64 ns)
{
	return ns / (NSEC_PER_SEC / USER_HZ);
}

long sys_times(struct tms __user *tbuf)
{
	if (tbuf) {
		u64 ut, st;
		struct tms t;

		task_cputime_adjusted(current, &ut, &st);
		t.tms_utime = ns_to_clock_t(ut);
		t.tms_stime = ns_to_clock_t(st);
		t.tms_cutime = ns_to_clock_t(current->cutime);
		t.tms_cstime = ns_to_clock_t(current->cstime);
		if (copy_to_user(tbuf, &t, sizeof(t)))
			return -EFAULT;
	}
	return ns_to_clock_t(ktime_get_ns());
}

/* sysinfo(2): uptime (rounded up to a whole second, as Linux), the page
 * allocator's totals in bytes (mem_unit 1: they fit in 32 bits), the
 * number of tasks.  No swap, no high memory, and no load average kept. */
long sys_sysinfo(struct sysinfo __user *info)
{
	struct sysinfo i = { 0 };
	u64 up = ktime_get_ns();

	i.uptime = up / NSEC_PER_SEC + (up % NSEC_PER_SEC ? 1 : 0);
	i.totalram = nr_total_pages() * PAGE_SIZE;
	i.freeram = nr_free_pages() * PAGE_SIZE;
	for (int n = 1; n < NR_TASKS; n++)
		if (task[n].state != TASK_UNUSED)
			i.procs++;
	i.mem_unit = 1;
	return copy_to_user(info, &i, sizeof(i)) ? -EFAULT : 0;
}

static void ns_to_timespec(u64 ns, long long *sec, long *nsec)
{
	*sec = ns / NSEC_PER_SEC;
	*nsec = ns % NSEC_PER_SEC;
}

/* The clocks a program can read.  REALTIME is the wall clock (the CMOS
 * clock at boot, kernel/time.c); MONOTONIC and BOOTTIME count from boot
 * (nothing here suspends, so they are one clock); the _COARSE and _RAW
 * variants are the same clocks, read as precisely.  TAI is REALTIME: no
 * leap-second offset was ever set.  The CPU-time clocks count the
 * nanoseconds the caller has been on the CPU (kernel/sched.c; one process
 * is one thread here).  Alarm clocks
 * need an RTC alarm device: EINVAL, as Linux says without one. */
static int clock_read(int which, u64 *ns)
{
	switch (which) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_TAI:
		*ns = ktime_get_real_ns();
		return 0;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
		*ns = ktime_get_ns();
		return 0;
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		*ns = task_sched_runtime(current);
		return 0;
	default:
		return -EINVAL;
	}
}

/* How finely each clock counts: the TSC clocks to the nanosecond, as
 * Linux's high-resolution clocks say; the coarse ones by ticks (they are
 * read as precisely here, but a program must not count on it). */
static int clock_res(int which, long *nsec)
{
	u64 dummy;
	int err = clock_read(which, &dummy);

	if (err)
		return err;
	switch (which) {
	case CLOCK_REALTIME_COARSE:
	case CLOCK_MONOTONIC_COARSE:
		*nsec = NSEC_PER_JIFFY;
		break;
	default:
		*nsec = 1;
	}
	return 0;
}

static int put_timespec32(u64 ns, struct timespec __user *tp)
{
	long long sec;
	struct timespec ts;

	ns_to_timespec(ns, &sec, &ts.tv_nsec);
	ts.tv_sec = sec;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

static int put_timespec64(u64 ns, struct __kernel_timespec64 __user *tp)
{
	struct __kernel_timespec64 ts;
	long nsec;

	ns_to_timespec(ns, &ts.tv_sec, &nsec);
	ts.tv_nsec = nsec;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

long sys_clock_gettime(int which, struct timespec __user *tp)
{
	u64 ns;
	int err = clock_read(which, &ns);

	return err ? err : put_timespec32(ns, tp);
}

long sys_clock_gettime64(int which, struct __kernel_timespec64 __user *tp)
{
	u64 ns;
	int err = clock_read(which, &ns);

	return err ? err : put_timespec64(ns, tp);
}

/* A NULL tp only asks whether the clock exists. */
long sys_clock_getres(int which, struct timespec __user *tp)
{
	long nsec;
	int err = clock_res(which, &nsec);

	return err ? err : tp ? put_timespec32(nsec, tp) : 0;
}

long sys_clock_getres_time64(int which, struct __kernel_timespec64 __user *tp)
{
	long nsec;
	int err = clock_res(which, &nsec);

	return err ? err : tp ? put_timespec64(nsec, tp) : 0;
}

/* time(2): seconds of the wall clock, also stored at tloc if not NULL. */
long sys_time(long __user *tloc)
{
	long t = ktime_get_real_ns() / NSEC_PER_SEC;

	if (tloc && put_user(t, tloc))
		return -EFAULT;
	return t;
}

/* The time zone settimeofday stored, which nothing in the kernel uses
 * (Linux's sys_tz): gettimeofday only reports it back. */
static struct timezone sys_tz;

/* gettimeofday(2): the wall clock in microseconds, and sys_tz. */
long sys_gettimeofday(struct timeval __user *tv, struct timezone __user *tz)
{
	if (tv) {
		u64 ns = ktime_get_real_ns();
		struct timeval k = {
			.tv_sec = ns / NSEC_PER_SEC,
			.tv_usec = ns % NSEC_PER_SEC / 1000,
		};

		if (copy_to_user(tv, &k, sizeof(k)))
			return -EFAULT;
	}
	if (tz && copy_to_user(tz, &sys_tz, sizeof(sys_tz)))
		return -EFAULT;
	return 0;
}

/* Setting the wall clock moves CLOCK_REALTIME only; sleepers on it keep
 * the monotonic deadline they computed (do_clock_nanosleep).  Everyone is
 * root, so the check Linux makes for CAP_SYS_TIME always passes.  Linux's
 * limits: no time before the epoch, none past 2232 (TIME_SETTOD_SEC_MAX,
 * so the clock cannot wrap), a time zone within 15 hours of UTC. */
#define TIME_SETTOD_SEC_MAX	(0x7fffffffffffffffLL / NSEC_PER_SEC - 30LL * 365 * 24 * 3600)

static long do_settimeofday(const long long *sec, const long *nsec, const struct timezone *tz)
{
	if (sec && (*sec < 0 || *sec >= TIME_SETTOD_SEC_MAX || *nsec < 0 || *nsec >= NSEC_PER_SEC))
		return -EINVAL;
	if (tz) {
		if (tz->tz_minuteswest > 15 * 60 || tz->tz_minuteswest < -15 * 60)
			return -EINVAL;
		sys_tz = *tz;
	}
	if (sec)
		set_real_time_ns((u64)*sec * NSEC_PER_SEC + *nsec);
	return 0;
}

long sys_settimeofday(struct timeval __user *tv, struct timezone __user *tz)
{
	struct timeval k;
	struct timezone z;
	long long sec;
	long nsec;

	if (tv) {
		if (copy_from_user(&k, tv, sizeof(k)))
			return -EFAULT;
		if (k.tv_usec > 1000000 || k.tv_usec < 0)
			return -EINVAL;
		sec = k.tv_sec;
		nsec = k.tv_usec * 1000;
	}
	if (tz && copy_from_user(&z, tz, sizeof(z)))
		return -EFAULT;
	return do_settimeofday(tv ? &sec : NULL, tv ? &nsec : NULL, tz ? &z : NULL);
}

/* clock_settime: only CLOCK_REALTIME can be set; any other clock is
 * EINVAL, before the time is even read, as Linux. */

long sys_clock_settime(int which, const struct timespec __user *tp)
{
	struct timespec ts;
	long long sec;

	if (which != CLOCK_REALTIME)
		return -EINVAL;
	if (copy_from_user(&ts, tp, sizeof(ts)))
		return -EFAULT;
	sec = ts.tv_sec;
	return do_settimeofday(&sec, &ts.tv_nsec, NULL);
}

long sys_clock_settime64(int which, const struct __kernel_timespec64 __user *tp)
{
	struct __kernel_timespec64 ts;
	long nsec;

	if (which != CLOCK_REALTIME)
		return -EINVAL;
	if (copy_from_user(&ts, tp, sizeof(ts)))
		return -EFAULT;
	nsec = ts.tv_nsec;		/* the low half, as a 32-bit kernel */
	return do_settimeofday(&ts.tv_sec, &nsec, NULL);
}

/* Sleep on the timer until the monotonic clock reaches deadline:
 * schedule_timeout in whole ticks rounded up, so we never wake early.  A
 * signal ends it: -EINTR, with the time that was left in *left. */
static long do_nanosleep(u64 deadline, u64 *left)
{
	for (;;) {
		u64 now = ktime_get_ns();

		if (now >= deadline)
			return 0;
		if (signal_pending_current()) {
			*left = deadline - now;
			return -EINTR;
		}
		current->state = TASK_INTERRUPTIBLE;
		schedule_timeout((deadline - now + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY);
		current->state = TASK_RUNNING;
	}
}

static bool timespec_valid(long long sec, long nsec)
{
	return sec >= 0 && nsec >= 0 && nsec < NSEC_PER_SEC;
}

static long nanosleep_restart(struct restart_block *rb);

/* Sleep until the monotonic deadline; what a signal makes of it is
 * Linux's: a relative sleep writes the time left to rmtp and returns
 * -ERESTART_RESTARTBLOCK — EINTR if a handler runs, while a stop and
 * SIGCONT (no handler) sleep on for the rest through restart_syscall; an
 * absolute sleep (TIMER_ABSTIME) is just run again (-ERESTARTNOHAND). */
static long sleep_until(u64 deadline, void __user *rmtp, bool time64, bool abs)
{
	struct restart_block *rb = &current->restart_block;
	u64 left;
	long err = do_nanosleep(deadline, &left);

	if (err != -EINTR)
		return err;
	if (abs)
		return -ERESTARTNOHAND;
	if (rmtp && (time64 ? put_timespec64(left, rmtp) : put_timespec32(left, rmtp)))
		return -EFAULT;
	rb->fn = nanosleep_restart;
	rb->deadline = deadline;
	rb->rmtp = rmtp;
	rb->time64 = time64;
	return -ERESTART_RESTARTBLOCK;
}

static long nanosleep_restart(struct restart_block *rb)
{
	return sleep_until(rb->deadline, rb->rmtp, rb->time64, false);
}

long sys_nanosleep(const struct timespec __user *rqtp, struct timespec __user *rmtp)
{
	struct timespec ts;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	if (!timespec_valid(ts.tv_sec, ts.tv_nsec))
		return -EINVAL;
	return sleep_until(ktime_get_ns() + (u64)ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec, rmtp, false, false);
}

/* clock_nanosleep: glibc's nanosleep() and sleep() call this (the
 * _time64 form first).  Which clocks can be slept on follows Linux:
 * REALTIME, MONOTONIC, BOOTTIME and TAI; the coarse and raw clocks and
 * the thread CPU clock exist but cannot be slept on (EOPNOTSUPP).  The
 * process CPU clock Linux allows, but a one-thread process asleep never
 * advances it: we refuse it too.  An absolute
 * REALTIME deadline becomes a monotonic one when the call starts (nothing
 * here moves the wall clock during a sleep).  Errors in Linux's order:
 * the clock, then the copy, then the time's validity.  (libc turns the
 * negative result into clock_nanosleep's positive return value.) */
static int clock_nsleep_check(int which)
{
	u64 now;

	if (clock_read(which, &now))
		return -EINVAL;
	switch (which) {
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_THREAD_CPUTIME_ID:
		return -EOPNOTSUPP;
	}
	return 0;
}

/* rmtp gets the time left only for an interrupted relative sleep. */
static long do_clock_nanosleep(int which, int flags, long long sec, long nsec, void __user *rmtp, bool time64)
{
	u64 when = (u64)sec * NSEC_PER_SEC + nsec, real_now;
	bool abs = flags & TIMER_ABSTIME;

	if (!timespec_valid(sec, nsec))
		return -EINVAL;
	if (sec >= 9000000000LL)		/* past 2255: as good as forever */
		when = ~0ULL >> 1;
	if (which == CLOCK_PROCESS_CPUTIME_ID)
		return -EOPNOTSUPP;
	if (!abs)
		return sleep_until(ktime_get_ns() + when, rmtp, time64, false);
	if (which == CLOCK_MONOTONIC || which == CLOCK_BOOTTIME)
		return sleep_until(when, rmtp, time64, true);
	real_now = ktime_get_real_ns();
	if (when <= real_now)
		return 0;
	return sleep_until(ktime_get_ns() + (when - real_now), rmtp, time64, true);
}

long sys_clock_nanosleep(int which, int flags, const struct timespec __user *rqtp,
			 struct timespec __user *rmtp)
{
	struct timespec ts;
	long err = clock_nsleep_check(which);

	if (err)
		return err;
	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	return do_clock_nanosleep(which, flags, ts.tv_sec, ts.tv_nsec, rmtp, false);
}

long sys_clock_nanosleep_time64(int which, int flags, const struct __kernel_timespec64 __user *rqtp,
				struct __kernel_timespec64 __user *rmtp)
{
	struct __kernel_timespec64 ts;
	long err = clock_nsleep_check(which);

	if (err)
		return err;
	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	/* A 32-bit kernel keeps only the low half of tv_nsec, as Linux. */
	return do_clock_nanosleep(which, flags, ts.tv_sec, (long)ts.tv_nsec, rmtp, true);
}
