/* abuse — hostile uses of the system calls added for issue 7 (signal
 * frames, futex, clone/vfork, exit, rseq, getrandom, itimers, ioctls).
 * Each case runs in a child, so a case that must kill its process (a
 * forged signal frame) is reported as the signal that killed it; the
 * kernel must answer everything, hang nowhere and leak nothing.
 *
 *   abuse frames    forged sigreturn frames, frames that cannot be written
 *   abuse futex     timeouts in the past and far future, bad addresses
 *   abuse exit      exit_group with threads asleep in the kernel, vfork
 *   abuse misc      rseq_cs garbage, getrandom sizes, itimers, ioctls
 *   abuse clone     CLONE_SETTLS with a descriptor the child's %gs no
 *                   longer fits, clone3's struct at the edge of memory
 *
 * Every line is the same on Linux (the test compares).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_REQUEUE		3
#define FUTEX_CMP_REQUEUE	4
#define FUTEX_WAKE_OP		5
#define FUTEX_WAIT_BITSET	9
#define FUTEX_CLOCK_REALTIME	256
#ifndef SYS_futex_time64
#define SYS_futex_time64 422
#endif
#ifndef SYS_rseq
#define SYS_rseq 386
#endif

/* Run fn in a child; say how the child ended. */
static void run(const char *name, void (*fn)(void))
{
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		alarm(10);		/* a hang is a failure, not a stuck test */
		fn();
		fflush(stdout);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status))
		printf("%s: killed by %s\n", name, strsignal(WTERMSIG(status)));
	else
		printf("%s: exit %d\n", name, WEXITSTATUS(status));
}

/* --- frames --- */

enum { F_MXCSR, F_TF, F_CS, F_FPSTATE_BAD, F_FPSTATE_EDGE, F_X87_PENDING, F_EFLAGS_ALL } forge;
static char *edge_page;

static void forging_handler(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	uint32_t *fp = (uint32_t *)uc->uc_mcontext.fpregs;	/* cw, sw, tag ... */
	uint32_t *fx = fp ? (uint32_t *)((char *)fp + 112) : NULL;	/* the fxsave image */

	(void)sig; (void)si;
	switch (forge) {
	case F_MXCSR:
		if (fx)
			fx[6] = 0xffffffff;		/* MXCSR: reserved bits set */
		break;
	case F_TF:
		uc->uc_mcontext.gregs[REG_EFL] |= 0x100;
		break;
	case F_CS:
		uc->uc_mcontext.gregs[REG_CS] = 0x08;	/* the kernel's code segment */
		break;
	case F_FPSTATE_BAD:
		uc->uc_mcontext.fpregs = (void *)0xc0001000;
		break;
	case F_FPSTATE_EDGE:		/* starts mapped, runs into an unmapped page */
		uc->uc_mcontext.fpregs = (void *)(edge_page + 4096 - 200);
		break;
	case F_X87_PENDING:		/* every x87 exception unmasked and one pending */
		if (fp) {
			fp[0] = 0xffff0000;
			fp[1] = 0xffff0081;
		}
		break;
	case F_EFLAGS_ALL:		/* IOPL 3, VM, NT, IF off ...: only the arithmetic flags pass */
		uc->uc_mcontext.gregs[REG_EFL] = 0xffffffff & ~(0x100 | 0x400 | 0x40000);	/* not TF, DF, AC */
		break;
	}
}

static void frame_case(void)
{
	struct sigaction sa = { .sa_sigaction = forging_handler, .sa_flags = SA_SIGINFO };
	volatile double d = 1.0;
	unsigned int iopl;

	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	d = d * 3.0;			/* an x87 instruction */
	asm volatile("fwait");
	asm volatile("pushfl; popl %0" : "=r"(iopl));
	printf("  back from the handler, IOPL %u IF %u VM %u\n", (iopl >> 12) & 3, (iopl >> 9) & 1, (iopl >> 17) & 1);
}

#define FRAME(f) static void frame_##f(void) { forge = f; frame_case(); }
FRAME(F_MXCSR) FRAME(F_TF) FRAME(F_CS) FRAME(F_FPSTATE_BAD) FRAME(F_FPSTATE_EDGE) FRAME(F_X87_PENDING)
FRAME(F_EFLAGS_ALL)

static void plain_handler(int sig) { (void)sig; }

/* A handler on an alternate stack the kernel cannot write. */
static void altstack_case(void *sp, size_t size)
{
	stack_t ss = { .ss_sp = sp, .ss_size = size };
	struct sigaction sa = { .sa_handler = plain_handler, .sa_flags = SA_ONSTACK };

	if (sigaltstack(&ss, NULL))
		printf("  sigaltstack: %s\n", strerror(errno));
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	printf("  the handler ran\n");
}

static void altstack_readonly(void)
{
	void *p = mmap(NULL, 65536, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	altstack_case(p, 65536);
}
static void altstack_top(void) { altstack_case((void *)0xc0001000, 0x10000); }
static void altstack_wrap(void) { altstack_case((void *)0xfffff000, 0x3000); }

/* A SIGSEGV handler on the signal stack that faults again and again: the
 * frames reach the stack's bottom, and that is the end (they must not
 * start over at its top). */
static int *volatile nowhere = (int *)16;

static void segv_again(int sig)
{
	(void)sig;
	*nowhere = 0;
}

static void altstack_overflow(void)
{
	static char alt[16384];
	stack_t ss = { .ss_sp = alt, .ss_size = sizeof(alt) };
	struct sigaction sa = { .sa_handler = segv_again, .sa_flags = SA_ONSTACK | SA_NODEFER };

	sigaltstack(&ss, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	*nowhere = 0;
}

/* The stack pointer on nothing when a signal comes. */
static void unmapped_sp(void)
{
	struct sigaction sa = { .sa_handler = plain_handler };

	sigaction(SIGUSR1, &sa, NULL);
	asm volatile("movl %%esp, %%esi; movl $0x1000, %%esp; int $0x80; movl %%esi, %%esp"
		     : : "a"(SYS_kill), "b"(getpid()), "c"(SIGUSR1) : "esi", "memory");
	printf("  survived\n");
}

/* sigreturn with no frame at all: the stack pointer on nothing. */
static void bare_sigreturn(void)
{
	asm volatile("movl $0x1000, %%esp; int $0x80" : : "a"(SYS_rt_sigreturn) : "memory");
}

static int test_frames(void)
{
	edge_page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(edge_page + 4096, 4096);
	run("reserved MXCSR bits in the frame", frame_F_MXCSR);
	run("TF in the frame's flags", frame_F_TF);
	run("the kernel's code segment in the frame", frame_F_CS);
	run("fpstate pointing into the kernel", frame_F_FPSTATE_BAD);
	run("fpstate running into an unmapped page", frame_F_FPSTATE_EDGE);
	run("an x87 exception pending in the frame", frame_F_X87_PENDING);
	run("every flag set in the frame", frame_F_EFLAGS_ALL);
	run("a read-only sigaltstack", altstack_readonly);
	run("a sigaltstack reaching into the kernel", altstack_top);
	run("a sigaltstack wrapping around", altstack_wrap);
	run("a faulting SIGSEGV handler on the signal stack", altstack_overflow);
	run("a signal with the stack pointer on nothing", unmapped_sp);
	run("rt_sigreturn with no frame", bare_sigreturn);
	return 0;
}

/* --- futex --- */

static int word;
struct ts32 { int32_t tv_sec, tv_nsec; };	/* what SYS_futex takes (musl's timespec is 64-bit) */

static long futex(void *uaddr, int op, int val, void *ts, void *uaddr2, int val3)
{
	return syscall(SYS_futex, uaddr, op, val, ts, uaddr2, val3);
}

static void say(const char *what, long r)
{
	printf("  %s: %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

static void futex_past_realtime(void)
{
	struct ts32 ts = { 0, 0 };		/* 1970: long past */

	say("WAIT_BITSET on CLOCK_REALTIME until 1970",
	    futex(&word, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, -1));
	ts.tv_nsec = 1;
	say("WAIT_BITSET on CLOCK_MONOTONIC until 1 ns after boot",
	    futex(&word, FUTEX_WAIT_BITSET, 0, &ts, NULL, -1));
}

static void on_alarm(int sig) { (void)sig; }

/* A timeout so far away it cannot be counted in nanoseconds: a signal
 * must be what ends the wait. */
static void futex_far_future(void)
{
	struct { long long sec; long nsec, pad; } ts64 = { 1LL << 62, 0, 0 };
	struct sigaction sa = { .sa_handler = on_alarm };
	struct itimerval it = { { 0, 0 }, { 0, 200000 } };

	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	say("futex_time64 WAIT for 2^62 s, until a signal",
	    syscall(SYS_futex_time64, &word, FUTEX_WAIT, 0, &ts64, NULL, 0));
	setitimer(ITIMER_REAL, &it, NULL);
	say("futex_time64 WAIT_BITSET|REALTIME until 2^62 s, until a signal",
	    syscall(SYS_futex_time64, &word, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts64, NULL, -1));
}

static void futex_addresses(void)
{
	struct ts32 ts = { 0, 1000 };

	say("WAIT on a kernel address", futex((void *)0xc0100000, FUTEX_WAIT, 0, &ts, NULL, 0));
	say("WAIT on an unmapped address", futex((void *)0x1000, FUTEX_WAIT, 0, &ts, NULL, 0));
	say("WAIT with an unmapped timeout", futex(&word, FUTEX_WAIT, 0, (void *)0x1000, NULL, 0));
	say("WAKE_OP on an unmapped second word", futex(&word, FUTEX_WAKE_OP, 1, (void *)1, (void *)0x1000, 0));
	say("CMP_REQUEUE to itself", futex(&word, FUTEX_CMP_REQUEUE, 1, (void *)INT_MAX, &word, 0));
	say("REQUEUE with a negative count", futex(&word, FUTEX_REQUEUE, 1, (void *)-1, &word, 0));
	say("WAKE of INT_MAX", futex(&word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0));
	say("WAIT_BITSET with bitset 0", futex(&word, FUTEX_WAIT_BITSET, 0, NULL, NULL, 0));
	ts.tv_nsec = 1000000000;
	say("WAIT with tv_nsec of a whole second", futex(&word, FUTEX_WAIT, 0, &ts, NULL, 0));
}

static int test_futex(void)
{
	run("futex timeouts in the past", futex_past_realtime);
	run("futex timeouts in the far future", futex_far_future);
	run("futex bad addresses", futex_addresses);
	return 0;
}

/* --- exit --- */

static int pipefd[2];

static void *sleeper(void *arg)
{
	char c;
	struct timespec ts = { 1000, 0 };

	switch ((long)arg) {
	case 0: read(pipefd[0], &c, 1); break;
	case 1: futex(&word, FUTEX_WAIT, 0, NULL, NULL, 0); break;
	case 2: nanosleep(&ts, NULL); break;
	case 3: pause(); break;
	case 4: waitpid(-1, NULL, 0); break;
	}
	return NULL;
}

/* exit_group while the other threads sleep in the kernel. */
static void exit_group_sleepers(void)
{
	pthread_t th;
	struct timespec ts = { 0, 50000000 };

	socketpair(AF_UNIX, SOCK_STREAM, 0, pipefd);
	if (fork() == 0) {		/* for the thread in waitpid */
		nanosleep(&ts, NULL);
		nanosleep(&ts, NULL);
		_exit(0);
	}
	for (long i = 0; i < 5; i++)
		pthread_create(&th, NULL, sleeper, (void *)i);
	nanosleep(&ts, NULL);
	syscall(SYS_exit_group, 3);
}

/* The main thread exits alone; a thread then exits the group. */
static void *late_exit(void *arg)
{
	struct timespec ts = { 0, 50000000 };

	(void)arg;
	nanosleep(&ts, NULL);
	exit(4);
}

static void leader_first(void)
{
	pthread_t th;

	pthread_create(&th, NULL, late_exit, NULL);
	syscall(SYS_exit, 0);
}

/* A vfork child that is killed: the parent goes on. */
static void vfork_killed(void)
{
	int status;
	pid_t pid = vfork();

	if (pid == 0) {
		kill(getpid(), SIGKILL);
		_exit(1);
	}
	waitpid(pid, &status, 0);
	printf("  vfork child: %s\n", WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "exited");
}

/* A thread of the vfork parent's process ends the process while the
 * parent waits for its child. */
static void *group_killer(void *arg)
{
	struct timespec ts = { 0, 50000000 };

	(void)arg;
	nanosleep(&ts, NULL);
	syscall(SYS_exit_group, 5);
	return NULL;
}

static void vfork_parent_killed(void)
{
	pthread_t th;
	pid_t pid;

	pthread_create(&th, NULL, group_killer, NULL);
	pid = vfork();
	if (pid == 0) {
		struct timespec ts = { 0, 200000000 };

		nanosleep(&ts, NULL);
		_exit(0);
	}
	printf("  the vfork parent went on\n");
}

static int test_exit(void)
{
	run("exit_group with threads asleep in read, futex, nanosleep, pause, waitpid", exit_group_sleepers);
	run("the first thread exits alone, another ends the process", leader_first);
	run("a vfork child killed", vfork_killed);
	run("the process of a vfork parent ends", vfork_parent_killed);
	return 0;
}

/* --- misc --- */

struct rseq_area {
	uint32_t cpu_id_start, cpu_id;
	uint64_t rseq_cs;
	uint32_t flags, node_id, mm_cid;
} __attribute__((aligned(32)));
static struct rseq_area rs;
static volatile int got_usr1;

static void usr1(int sig) { (void)sig; got_usr1 = 1; }

/* A registered area whose rseq_cs points at garbage: the next signal
 * delivery checks it, and the thread dies with SIGSEGV. */
static void rseq_garbage(uint64_t cs)
{
	struct sigaction sa = { .sa_handler = usr1 };
	long r;

#ifdef __GLIBC__
	{
		extern const unsigned int __rseq_size __attribute__((weak));
		extern const ptrdiff_t __rseq_offset __attribute__((weak));
		if (&__rseq_size && __rseq_size) {
			char *tp;

			asm("movl %%gs:0, %0" : "=r"(tp));
			syscall(SYS_rseq, tp + __rseq_offset, __rseq_size > 32 ? __rseq_size : 32, 1, 0x53053053);
		}
	}
#endif
	sigaction(SIGUSR1, &sa, NULL);
	r = syscall(SYS_rseq, &rs, 32, 0, 0x53053053);
	printf("  registered: %ld\n", r);
	fflush(stdout);
	rs.rseq_cs = cs;
	raise(SIGUSR1);
	printf("  after the signal: handler ran %d\n", got_usr1);
}
static void rseq_kernel_ptr(void) { rseq_garbage(0xc0000000); }

/* The same with a SIGSEGV handler (SA_NODEFER, on a signal stack): the
 * SIGSEGV that a bad rseq_cs causes cannot be delivered either, so its
 * handler is reset and the thread dies (the kernel used to deliver it,
 * fail and queue it again, for ever, with interrupts off). */
static void rseq_segv_handled(void)
{
	static char alt[16384];
	stack_t ss = { .ss_sp = alt, .ss_size = sizeof(alt) };
	struct sigaction sa = { .sa_handler = usr1, .sa_flags = SA_ONSTACK | SA_NODEFER };

	sigaltstack(&ss, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	rseq_garbage(0x1000);
}
static void rseq_huge_ptr(void) { rseq_garbage(0x100000000ULL); }
static void rseq_unmapped_ptr(void) { rseq_garbage(0x1000); }

static void getrandom_sizes(void)
{
	char *big = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char small[16];

	say("getrandom of 1 MiB", syscall(SYS_getrandom, big, 1 << 20, 0));
	say("getrandom of SIZE_MAX", syscall(SYS_getrandom, small, (size_t)-1, 0));
	say("getrandom into the kernel", syscall(SYS_getrandom, (void *)0xc0000000, 16, 0));
	say("getrandom of 0 at NULL", syscall(SYS_getrandom, NULL, 0, 0));
	say("getrandom with bad flags", syscall(SYS_getrandom, small, 16, 0x80));
}

/* 32 MiB take the kernel most of a second: a timer's signal must still
 * come in, and end the call early with what is done. */
static void getrandom_interrupted(void)
{
	size_t n = 32 << 20;
	char *big = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sigaction sa = { .sa_handler = on_alarm };
	struct itimerval it = { { 0, 0 }, { 0, 50000 } };
	long r;

	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	r = syscall(SYS_getrandom, big, n, 0);
	printf("  getrandom of 32 MiB with a 50 ms timer: %s\n",
	       r > 0 && r < (long)n ? "cut short" : r == (long)n ? "all of it" : "an error");
}

static void itimer_sizes(void)
{
	struct itimerval it = { { INT_MAX, 999999 }, { INT_MAX, 999999 } }, old;

	say("setitimer of INT_MAX s", setitimer(ITIMER_REAL, &it, &old));
	getitimer(ITIMER_REAL, &old);
	printf("  ... its interval reads back as %ld.%06ld s\n", (long)old.it_interval.tv_sec, (long)old.it_interval.tv_usec);
	say("alarm(UINT_MAX) then alarm(0) says", (alarm(UINT_MAX), alarm(0)) > 0);
	it.it_value.tv_usec = 1000000;
	say("setitimer with a whole second of usec", setitimer(ITIMER_REAL, &it, &old));
	it.it_value.tv_usec = 0;
	it.it_value.tv_sec = -1;
	say("setitimer with negative seconds", setitimer(ITIMER_REAL, &it, &old));
	say("setitimer from an unmapped value", syscall(SYS_setitimer, ITIMER_REAL, (void *)0x1000, NULL));
	say("setitimer of a bad timer", setitimer(7, &it, &old));
	say("getitimer into the kernel", syscall(SYS_getitimer, ITIMER_REAL, (void *)0xc0000000));
}

static void ioctl_garbage(void)
{
	char garbage[256];
	struct ifconf ifc;
	int s = socket(AF_INET, SOCK_DGRAM, 0), n;
	int fds[2];

	memset(garbage, 0xa5, sizeof(garbage));
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	say("SIOCGIFCONF with a negative length", (ifc.ifc_len = -1, ifc.ifc_buf = garbage, ioctl(s, SIOCGIFCONF, &ifc)));
	printf("  ... ifc_len now %d\n", ifc.ifc_len);
	say("SIOCGIFCONF with a huge length and a bad buffer",
	    (ifc.ifc_len = INT_MAX, ifc.ifc_buf = (void *)0x1000, ioctl(s, SIOCGIFCONF, &ifc)));
	say("SIOCGIFCONF with a length of 1", (ifc.ifc_len = 1, ifc.ifc_buf = garbage, ioctl(s, SIOCGIFCONF, &ifc)));
	printf("  ... ifc_len now %d\n", ifc.ifc_len);
	say("SIOCGIFCONF at an unmapped ifconf", ioctl(s, SIOCGIFCONF, (void *)0x1000));
	say("SIOCGIFFLAGS of a name with no end", ioctl(s, SIOCGIFFLAGS, garbage));
	say("FIONREAD into the kernel", ioctl(fds[0], FIONREAD, (void *)0xc0000000));
	say("FIONREAD of a socket into NULL", ioctl(s, FIONREAD, NULL));
	say("TCGETS on a socket", ioctl(fds[0], TCGETS, garbage));
	say("TCSETS on a socket", ioctl(fds[0], TCSETS, garbage));
	say("an unknown ioctl", ioctl(fds[0], 0x7fff1234, garbage));
	n = syscall(SYS_ioctl, -1, FIONREAD, &n);
	say("FIONREAD on descriptor -1", n);
}

static int test_misc(void)
{
	run("rseq_cs in the kernel", rseq_kernel_ptr);
	run("rseq_cs above 4 GiB", rseq_huge_ptr);
	run("rseq_cs unmapped", rseq_unmapped_ptr);
	run("rseq_cs unmapped, SIGSEGV handled", rseq_segv_handled);
	run("getrandom sizes", getrandom_sizes);
	run("getrandom and a timer", getrandom_interrupted);
	run("itimer sizes", itimer_sizes);
	run("ioctls with garbage", ioctl_garbage);
	return 0;
}

/* --- clone --- */

struct user_desc_ { unsigned int entry_number, base_addr, limit, flags; };

/* clone(SIGCHLD | CLONE_SETTLS) by hand: the child makes no call through
 * libc (musl's go through %gs, which may now be null) and exits 3. */
static long clone_settls(struct user_desc_ *ud)
{
	long r;

	asm volatile("int $0x80\n\t"
		     "testl %%eax, %%eax\n\t"
		     "jnz 1f\n\t"
		     "movl $1, %%eax\n\t"		/* exit(3) */
		     "movl $3, %%ebx\n\t"
		     "int $0x80\n"
		     "1:"
		     : "=a"(r)
		     : "a"(SYS_clone), "b"(SIGCHLD | CLONE_SETTLS), "c"(0), "d"(0), "S"(ud), "D"(0)
		     : "memory");
	return r;
}

static void settls_case(const char *what, unsigned int flags)
{
	unsigned int gs;
	struct user_desc_ ud;
	int status;
	long pid;

	asm volatile("movl %%gs, %0" : "=r"(gs));
	ud.entry_number = gs >> 3;		/* the slot %gs uses (or 0: EINVAL) */
	ud.base_addr = 0;
	ud.limit = 0xfffff;
	ud.flags = flags;
	pid = clone_settls(&ud);
	if (pid < 0) {
		printf("  %s: %s\n", what, strerror(-pid));
		return;
	}
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status))
		printf("  %s: the child was killed by %s\n", what, strsignal(WTERMSIG(status)));
	else
		printf("  %s: the child exited %d\n", what, WEXITSTATUS(status));
}

static void settls(void)
{
	/* flags: seg_32bit 1, contents 2-3, read_exec_only 8, limit_in_pages
	 * 16, seg_not_present 32, useable 64 */
	settls_case("a cleared slot", 8 | 32);
	settls_case("a slot not present", 1 | 16 | 32);
	settls_case("an execute-only code slot", 1 | 4 | 8 | 16);
	settls_case("every flag", 0xffffffff);
	settls_case("a good data slot", 1 | 16 | 64);
}

static void clone3_edges(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t *a = (uint64_t *)(p + 4096 - 64);

	munmap(p + 4096, 4096);
	memset(a, 0, 64);
	say("clone3 of 65 bytes, the last unmapped", syscall(435, a, 65));
	say("clone3 of 4097 bytes", syscall(435, a, 4097));
	say("clone3 of 63 bytes", syscall(435, a, 63));
	say("clone3 in the kernel", syscall(435, (void *)0xc0000000, 64));
	a[4] = 65;				/* exit_signal */
	say("clone3 with exit_signal 65", syscall(435, a, 64));
	a[4] = 0;
	a[0] = CLONE_SETTLS;
	a[7] = 0xc0000000;			/* tls */
	say("clone3 with its user_desc in the kernel", syscall(435, a, 64));
}

static int test_clone(void)
{
	run("CLONE_SETTLS with descriptors %gs cannot use", settls);
	run("clone3 at the edges", clone3_edges);
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	setvbuf(stdout, NULL, _IONBF, 0);
	if (!strcmp(mode, "frames"))
		return test_frames();
	if (!strcmp(mode, "futex"))
		return test_futex();
	if (!strcmp(mode, "exit"))
		return test_exit();
	if (!strcmp(mode, "misc"))
		return test_misc();
	if (!strcmp(mode, "clone"))
		return test_clone();
	fprintf(stderr, "usage: abuse frames|futex|exit|misc|clone\n");
	return 2;
}
