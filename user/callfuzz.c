/* callfuzz: a deterministic (seeded) fuzzer of the system calls added for
 * issue 7 — signals and their frames, futex, robust lists, rseq,
 * getrandom, itimers, process groups, limits, the small calls and the
 * ioctls — with hostile numbers and pointers (NULL, unmapped, read-only,
 * kernel, misaligned, at the edge of a mapping) — and clone, whose child
 * (a process, a vfork child or a thread) only exits, by hand.
 *
 * Each round is a child process that makes calls until it has made its
 * share or dies (a forged rseq area or an unwritable signal stack is a
 * SIGSEGV, as on Linux); the parent kills a child that takes too long
 * (asleep in a futex, say) — so children also die in the middle of calls.
 * The kernel must survive all of it and get all its memory back.
 *
 * usage: callfuzz [seed] [calls] — prints "callfuzz: survived ..." */
#include "ulib.h"
#include "asm/unistd_32.h"
#include "linux/sched.h"
#include "asm/ldt.h"

#define PAGE	4096UL
#define A_PAGES	16			/* scratch, followed by an unmapped page */

static unsigned int rs;
static unsigned int rnd(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 17;
	rs ^= rs << 5;
	return rs;
}
static long rn(unsigned long n) { return n ? (long)(rnd() % n) : 0; }

static char *A, *A_end, *RO;
static volatile unsigned long handled;
static int trace;			/* argv[3]: print each call's case */

/* A pointer a hostile program might pass. */
static long ptr(void)
{
	switch (rn(10)) {
	case 0: return 0;
	case 1: return (long)(A_end - rn(64));		/* runs into the hole */
	case 2: return (long)A_end;			/* the hole itself */
	case 3: return (long)RO + rn(PAGE);
	case 4: return 0xc0000000 + rn(0x100000);	/* the kernel */
	case 5: return 0xbffffff0 + rn(16);		/* the last bytes of user space */
	case 6: return (long)A + rn(A_PAGES * PAGE) - 1; /* misaligned */
	default: return (long)A + (rn(A_PAGES * PAGE / 64) * 64);
	}
}

/* A number a hostile program might pass. */
static long num(void)
{
	static const long edge[] = { 0, 1, 2, -1, -2, 0x7fffffff, (long)0x80000000, 0xffff, 64, 65, 4096 };

	switch (rn(4)) {
	case 0: return edge[rn(sizeof(edge) / sizeof(edge[0]))];
	case 1: return (long)rnd();
	default: return rn(70);
	}
}

/* Fill some of the scratch with garbage (what the calls read), away from
 * the structures at its start: the rseq area lives there, and garbage in
 * it is a SIGSEGV at the next signal (case 13 forges it now and then). */
static void scribble(void)
{
	unsigned int *w = (unsigned int *)(A + 3 * PAGE + rn((A_PAGES - 3) * PAGE - 256));

	for (int i = 0; i < 64; i++)
		w[i] = rn(3) ? rnd() : rn(3) ? 0 : (unsigned int)ptr();
}

static void handler(int sig) { (void)sig; handled++; }

/* The signals a child may send itself and its group: each has our handler
 * or is ignored (in the parent too), never a default that stops or kills. */
static const int safe_sigs[] = { SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGCHLD, SIGWINCH, SIGURG };
#define NSAFE (sizeof(safe_sigs) / sizeof(safe_sigs[0]))

struct ksigaction { long handler; unsigned long flags; long restorer; unsigned long long mask; };

static long sys(long nr, long a, long b, long c, long d, long e, long f)
{
	return __syscall6(nr, a, b, c, d, e, f);
}

/* A timeout of zero, in either width of struct timespec, or a pointer
 * that cannot be read (RO holds zeros).  Never NULL, never garbage: the
 * child would sleep until the parent kills it, which some still do. */
static long short_ts(void)
{
	static const long zero[4];

	switch (rn(16)) {
	case 0: return (long)A_end;
	case 1: return 0xc0000000;
	case 2: return (long)RO;
	default: return (long)zero;
	}
}

static void one_call(void)
{
	long r = 0;
	int sig = safe_sigs[rn(NSAFE)];

	int c = rn(30);

	if (trace)
		printf("case %d\n", c);
	switch (c) {
	case 0: {		/* handlers: ours (kernel retcode or not), or SIG_IGN */
		struct ksigaction *ka = (struct ksigaction *)(A + 1024);

		ka->handler = rn(4) ? (long)handler : 1;
		ka->flags = rnd() & (SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESTART);
		ka->restorer = 0;
		ka->mask = ((unsigned long long)rnd() << 32) | rnd();
		r = sys(__NR_rt_sigaction, sig, (long)ka, rn(2) ? ptr() : 0, rn(8) ? 8 : num(), 0, 0);
		break;
	}
	case 1: r = sys(__NR_rt_sigaction, num(), ptr(), ptr(), 8, 0, 0); break;	/* garbage: a handler anywhere */
	case 2: r = sys(__NR_rt_sigprocmask, num(), ptr(), ptr(), rn(4) ? 8 : num(), 0, 0); break;
	case 3: r = sys(__NR_sigprocmask, num(), ptr(), ptr(), 0, 0, 0); break;
	case 4: {		/* an alternate stack, sane or not */
		long *ss = (long *)(A + 2048);

		ss[0] = rn(8) ? (long)(A + 4 * PAGE) : ptr();
		ss[1] = rn(4) ? 0 : num();
		ss[2] = rn(8) ? (long)(8 * PAGE) : num();
		r = sys(__NR_sigaltstack, rn(6) ? (long)ss : ptr(), rn(2) ? ptr() : 0, 0, 0, 0, 0);
		break;
	}
	case 5: r = sys(__NR_kill, rn(4) ? getpid() : 0, rn(10) ? sig : 0, 0, 0, 0, 0); break;
	case 6: r = sys(__NR_tgkill, rn(4) ? getpid() : num(), rn(4) ? gettid() : num(), sig, 0, 0, 0); break;
	case 7: r = sys(rn(2) ? __NR_rt_sigtimedwait : __NR_rt_sigtimedwait_time64, ptr(), ptr(), short_ts(),
			rn(4) ? 8 : num(), 0, 0); break;
	case 8: r = sys(rn(2) ? __NR_rt_sigpending : __NR_sigpending, ptr(), rn(4) ? 8 : num(), 0, 0, 0, 0); break;
	case 9:			/* futex: every op, hostile words, short timeouts */
	case 10: {
		long op = rn(14) | (rn(2) ? 128 : 0) | (rn(4) ? 0 : 256);

		r = sys(rn(2) ? __NR_futex : __NR_futex_time64, ptr(), op, rn(3) ? 0 : num(),
			(op & 127) == 0 || (op & 127) == 9 ? short_ts() : num(), ptr(), num());
		break;
	}
	case 11: {		/* a robust list, well formed or not */
		long *head = (long *)(A + 3072);

		head[0] = rn(3) ? (long)head : ptr();
		head[1] = num();
		head[2] = rn(2) ? 0 : ptr();
		r = sys(__NR_set_robust_list, rn(4) ? (long)head : ptr(), rn(4) ? 12 : num(), 0, 0, 0, 0);
		break;
	}
	case 12: r = sys(__NR_get_robust_list, rn(2) ? 0 : num(), ptr(), ptr(), 0, 0, 0); break;
	case 13: {		/* rseq: registered, unregistered, and its rseq_cs forged */
		long *area = (long *)(A + 8192);

		area[2] = rn(16) ? 0 : ptr();
		area[3] = rn(16) ? 0 : num();
		r = sys(__NR_rseq, rn(16) ? (long)area : ptr(), rn(4) ? 32 : num(), rn(4) ? 0 : num(),
			rn(4) ? 0x53053053 : num(), 0, 0);
		break;
	}
	case 14: r = sys(__NR_getrandom, ptr(), rn(4) ? rn(A_PAGES * PAGE + 100) : num(), rn(4) ? 0 : num(), 0, 0, 0); break;
	case 15: {		/* itimers, signalling soon or never */
		long *it = (long *)(A + 4000);

		it[0] = 0; it[1] = rn(2) ? 0 : rn(20000);
		it[2] = rn(4) ? 0 : num(); it[3] = rn(20000);
		r = sys(__NR_setitimer, rn(4), rn(6) ? (long)it : ptr(), rn(2) ? ptr() : 0, 0, 0, 0);
		break;
	}
	case 16: r = sys(__NR_getitimer, num(), ptr(), 0, 0, 0, 0); break;
	case 17: r = sys(__NR_alarm, rn(2) ? 0 : num(), 0, 0, 0, 0, 0); break;
	case 18: r = sys(rn(2) ? __NR_setpgid : __NR_getpgid, rn(2) ? 0 : num(), rn(2) ? 0 : num(), 0, 0, 0, 0); break;
	case 19: r = sys(rn(2) ? __NR_getsid : __NR_setsid, num(), 0, 0, 0, 0, 0); break;
	case 20: {		/* limits: read, or set to something survivable */
		long *rl = (long *)(A + 5000);

		rl[0] = rn(2) ? -1 : 1 << 20; rl[1] = -1; rl[2] = rl[0]; rl[3] = -1;
		switch (rn(3)) {
		case 0: r = sys(__NR_ugetrlimit, num(), ptr(), 0, 0, 0, 0); break;
		case 1: r = sys(__NR_prlimit64, rn(2) ? 0 : num(), num(), rn(2) ? 0 : (long)rl, ptr(), 0, 0); break;
		case 2: r = sys(__NR_setrlimit, rn(16), rn(4) ? (long)rl : ptr(), 0, 0, 0, 0); break;
		}
		break;
	}
	case 21: r = sys(rn(2) ? __NR_uname : __NR_sysinfo, ptr(), 0, 0, 0, 0, 0); break;
	case 22: r = sys(__NR_sethostname, ptr(), num(), 0, 0, 0, 0); break;
	case 23: r = sys(rn(2) ? __NR_times : __NR_getrusage, rn(2) ? ptr() : num(), ptr(), 0, 0, 0, 0); break;
	case 24: r = sys(rn(2) ? __NR_clock_gettime : __NR_clock_getres, num(), ptr(), 0, 0, 0, 0); break;
	case 25: r = sys(rn(2) ? __NR_fstat64 : __NR_statx, rn(8), ptr(), num(), num(), ptr(), 0); break;
	case 26: {		/* ioctls: only reading ones on 0-2 (the console), anything on the others */
		static const unsigned long reads[] = { 0x5401 /* TCGETS */, 0x5413 /* TIOCGWINSZ */,
			0x541B /* FIONREAD */, 0x540F /* TIOCGPGRP */, 0x8912 /* SIOCGIFCONF */,
			0x8913 /* SIOCGIFFLAGS */, 0x8933 /* SIOCGIFINDEX */, 0x8921 /* SIOCGIFMTU */,
			0x8915 /* SIOCGIFADDR */, 0x8927 /* SIOCGIFHWADDR */, 0x8910 /* SIOCGIFNAME */ };
		static const unsigned long writes[] = { 0x5402 /* TCSETS */, 0x5404 /* TCSETSF */,
			0x5414 /* TIOCSWINSZ */, 0x5421 /* FIONBIO */, 0x5410 /* TIOCSPGRP */,
			0x540B /* TCFLSH */, 0x8914 /* SIOCSIFFLAGS */ };
		int fd = rn(8);
		unsigned long cmd;

		if (fd < 3 || rn(2))
			cmd = reads[rn(sizeof(reads) / sizeof(reads[0]))];
		else
			cmd = rn(2) ? writes[rn(sizeof(writes) / sizeof(writes[0]))] : rnd();
		if (fd < 3 && cmd == 0x8914)
			cmd = 0x5401;
		r = sys(__NR_ioctl, fd, cmd, rn(4) ? (long)(A + 6000) : ptr(), 0, 0, 0);
		break;
	}
	case 27: r = sys(rn(2) ? __NR_sched_getaffinity : __NR_sched_setaffinity, rn(2) ? 0 : num(), num(), ptr(), 0, 0, 0); break;
	case 28: r = sys(__NR_prctl, rn(20), ptr(), num(), 0, 0, 0); break;
	case 29: r = sys(rn(2) ? __NR_set_tid_address : __NR_umask, rn(2) ? ptr() : num(), 0, 0, 0, 0, 0); break;
	}
	(void)r;
}

/* clone with hostile TLS and tid pointers; the child touches nothing
 * (its %gs may be null, its stack anywhere) and exits at once. */
static void one_clone(void)
{
	static const unsigned long shapes[] = {
		SIGCHLD,
		SIGCHLD | CLONE_VM | CLONE_VFORK,
		CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM,
	};
	unsigned long flags = shapes[rn(3)] | (rnd() & (CLONE_SETTLS | CLONE_PARENT_SETTID |
							CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID));
	unsigned int *ud = (unsigned int *)(A + 7000);
	long r, sp = (flags & CLONE_THREAD) ? (long)(A + 12 * PAGE) : 0;

	ud[0] = (unsigned int)(rn(4) ? 6 + rn(3) : num());
	ud[1] = rnd();
	ud[2] = rnd();
	ud[3] = rnd();
	long ptid = ptr(), tls = rn(4) ? (long)ud : ptr(), ctid = ptr();

	if (trace)
		printf("clone %lx sp %lx ptid %lx tls %lx [%x %x %x %x] ctid %lx\n", flags, sp, ptid, tls,
		       ud[0], ud[1], ud[2], ud[3], ctid);
	asm volatile("int $0x80\n\t"
		     "testl %%eax, %%eax\n\t"
		     "jnz 1f\n\t"
		     "movl $1, %%eax\n\t"		/* exit(0): the thread, or the process */
		     "xorl %%ebx, %%ebx\n\t"
		     "int $0x80\n"
		     "1:"
		     : "=a"(r)
		     : "a"(__NR_clone), "b"(flags), "c"(sp), "d"(ptid), "S"(tls), "D"(ctid)
		     : "memory");
	if (r > 0 && !(flags & CLONE_THREAD))
		waitpid(r, NULL, 0);
}

/* One child's life: a few sockets to aim ioctls at, then the calls. */
static void child(unsigned int seed, int calls)
{
	int sv[2];

	rs = seed;
	/* %gs on a TLS slot, as a libc has it: what a clone's CLONE_SETTLS
	 * or a set_thread_area may then pull from under it. */
	struct user_desc d = { .entry_number = -1, .limit = 0xfffff, .seg_32bit = 1, .limit_in_pages = 1, .useable = 1 };
	if (set_thread_area(&d) == 0) {
		unsigned int sel = d.entry_number * 8 + 3;

		asm volatile("movl %0, %%gs" : : "r"(sel));
	}
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);	/* fds 3, 4 */
	socket(AF_INET, SOCK_DGRAM, 0);			/* 5 */
	socket(AF_INET, SOCK_STREAM, 0);		/* 6 */
	for (int i = 0; i < calls; i++) {
		if (rn(4) == 0)
			scribble();
		if (rn(40) == 0)
			one_clone();
		else
			one_call();
	}
	_exit(0);
}

static int deaths[128];

int main(int argc, char **argv)
{
	unsigned int seed = argc > 1 ? (unsigned int)atoi(argv[1]) : 1;
	int total = argc > 2 ? atoi(argv[2]) : 20000, per = 400, children = 0, killed = 0, signalled = 0;

	A = mmap(NULL, (A_PAGES + 1) * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	A_end = A + A_PAGES * PAGE;
	munmap(A_end, PAGE);
	RO = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	for (unsigned int i = 0; i < NSAFE; i++)
		signal(safe_sigs[i], safe_sigs[i] == SIGCHLD ? SIG_DFL : SIG_IGN);
	trace = argc > 3;
	rs = seed;
	for (int done = 0; done < total; done += per) {
		unsigned int cseed = rnd() | 1;
		int status = 0, waited = 0;
		pid_t pid = fork();

		if (pid == 0)
			child(cseed, per);
		children++;
		/* At most half a second a child; some are killed early on purpose. */
		int limit = rn(4) ? 50 : 1 + rn(20);
		while (waitpid(pid, &status, WNOHANG) == 0) {
			if (++waited > limit) {
				kill(pid, SIGKILL);
				waitpid(pid, &status, 0);
				killed++;
				break;
			}
			usleep(10000);
		}
		if ((status & 0x7f) && (status & 0x7f) != SIGKILL) {
			signalled++;
			deaths[status & 0x7f]++;
		}
	}
	/* Children of children (none: no fork in the calls) and zombies: none left. */
	printf("callfuzz: survived %d children (%d killed by us, %d by a signal of their own)\n",
	       children, killed, signalled);
	for (int i = 1; i < 128; i++)
		if (deaths[i])
			printf("callfuzz: %d died of %s\n", deaths[i], signal_name(i));
	return 0;
}
