/* musl/sigtest: signals the way programs use them, compared with Linux
 * (tests/run runs the musl and the glibc build on socket86 and on Linux).
 *
 * Handlers with and without SA_SIGINFO (so both rt_sigreturn and the old
 * sigreturn run), siginfo contents, masks and pending signals,
 * sigsuspend, SA_RESETHAND, SA_NODEFER and nesting, EINTR against
 * SA_RESTART on blocking socket calls (and SO_RCVTIMEO, poll, select,
 * nanosleep, which never restart), SIGPIPE and MSG_NOSIGNAL, alarm and
 * setitimer, process groups and sessions, stop and continue, SIGCHLD
 * ignored, a handler that edits its ucontext to skip a faulting
 * instruction, and sigaltstack (a stack overflow caught on it).  Output is deterministic:
 * no pids or times, only relations ("yes") and counts.
 *
 * `sigtest beyond-qemu` checks what qemu-user 7.2 gets wrong, so tests/run
 * checks it against what Linux does, not against qemu-i386: the FPU and
 * SSE registers across a handler (the handler starts with a clean FPU,
 * control word 0x37f and MXCSR 0x1f80, and the interrupted code gets its
 * own back: arch/x86/kernel/fpu/signal.c; qemu-user neither clears nor
 * restores them), SA_NOCLDSTOP (qemu-user ignores it), and a stack
 * overflow with no stack left for the SIGSEGV handler (Linux kills with
 * SIGSEGV; qemu-user lets the process exit).
 *
 * `sigtest ctrlc` reads the console while tools/run types Ctrl-C, a line,
 * Ctrl-Z and a line: the foreground group gets SIGINT and SIGTSTP.
 *
 * `sigtest forge` instead forges sigreturn frames (kernel code segment,
 * IOPL, a bad stack pointer): each child must die of SIGSEGV or keep no
 * privilege.  qemu-user does not model segments, so tests/run checks that
 * mode against what real Linux does, not against qemu-i386. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <netinet/in.h>

static volatile sig_atomic_t hits[65];
static volatile int last_code, last_pid_ok, last_status;
static volatile long last_cputime;
static char order[64];
static volatile int order_len;

static void note(char c)
{
	if (order_len < (int)sizeof(order) - 1)
		order[order_len++] = c;
}

static void plain_handler(int sig)
{
	hits[sig]++;
}

static void info_handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	hits[sig]++;
	last_code = si->si_code;
	last_pid_ok = si->si_pid == getpid() || (si->si_code == SI_KERNEL && si->si_pid == 0);
	if (sig == SIGCHLD) {
		last_status = si->si_status;
		last_cputime = si->si_utime + si->si_stime;
	}
}

static void on(int sig, void (*h)(int), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = h;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, NULL))
		perror("sigaction");
}

static void on_info(int sig, void (*h)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = h;
	sa.sa_flags = flags | SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, NULL))
		perror("sigaction");
}

static void block(int how, int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(how, &s, NULL);
}

static int is_blocked(int sig)
{
	sigset_t s;

	sigprocmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, sig);
}

static const char *ename(int e)
{
	switch (e) {
	case 0: return "0";
	case EINVAL: return "EINVAL";
	case ESRCH: return "ESRCH";
	case EPERM: return "EPERM";
	case ECHILD: return "ECHILD";
	case EAGAIN: return "EAGAIN";
	case EINTR: return "EINTR";
	case EPIPE: return "EPIPE";
	default: return strerror(e);
	}
}

/* A call's result and errno, printed in that order (not as two printf
 * arguments, whose order of evaluation C leaves open). */
#define SHOW(label, call) do {							\
		long _r;							\
		errno = 0;							\
		_r = (call);							\
		printf("%s: %ld errno %s\n", label, _r, ename(errno));		\
	} while (0)

static const char *yes(int c)
{
	return c ? "yes" : "no";
}

static void msleep(int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/* Wait until sig's handler has run n times in all: sigsuspend with sig
 * blocked in between, so a signal between the test and the sleep is not
 * lost (pause() there could sleep forever). */
static void wait_hits(int sig, int n)
{
	sigset_t all, old;

	sigemptyset(&all);
	sigaddset(&all, sig);
	sigprocmask(SIG_BLOCK, &all, &old);
	sigdelset(&old, sig);
	while (hits[sig] < n)
		sigsuspend(&old);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* One ITIMER_REAL shot in ms. */
static void shot(int ms)
{
	struct itimerval it = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };

	setitimer(ITIMER_REAL, &it, NULL);
}

/* A child that sends sig to the parent after ms, then (if data) writes to fd
 * after ms more, then exits. */
static pid_t later(int sig, int ms, int fd, const char *data)
{
	pid_t parent = getpid(), pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		msleep(ms);
		kill(parent, sig);
		if (data) {
			msleep(ms);
			if (write(fd, data, strlen(data)) < 0)
				_exit(1);
		}
		_exit(0);
	}
	return pid;
}

static void reap(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
}

/* --- 1. handlers and siginfo --- */
static void test_siginfo(void)
{
	on_info(SIGUSR1, info_handler, 0);
	kill(getpid(), SIGUSR1);
	printf("kill: handler ran %d, si_code %d, si_pid is mine: %s\n", hits[SIGUSR1], last_code, yes(last_pid_ok));
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1);
	printf("tgkill: handler ran %d, si_code %d, si_pid is mine: %s\n", hits[SIGUSR1], last_code, yes(last_pid_ok));
	syscall(SYS_tkill, syscall(SYS_gettid), SIGUSR1);
	printf("tkill: handler ran %d, si_code %d\n", hits[SIGUSR1], last_code);
	SHOW("tgkill bad tgid", syscall(SYS_tgkill, 0, getpid(), SIGUSR1));
	SHOW("tkill bad tid", syscall(SYS_tkill, -3, SIGUSR1));
	SHOW("kill bad signal", kill(getpid(), 65));
	SHOW("kill no such process", kill(99999, 0));
	on(SIGUSR1, SIG_DFL, 0);
}

/* --- 2. masks and pending --- */
static void test_mask_pending(void)
{
	sigset_t p;

	on(SIGUSR2, plain_handler, 0);
	block(SIG_BLOCK, SIGUSR2);
	kill(getpid(), SIGUSR2);
	kill(getpid(), SIGUSR2);	/* does not queue */
	sigpending(&p);
	printf("blocked: ran %d, pending %s\n", hits[SIGUSR2], yes(sigismember(&p, SIGUSR2)));
	block(SIG_UNBLOCK, SIGUSR2);
	sigpending(&p);
	printf("unblocked: ran %d, pending %s\n", hits[SIGUSR2], yes(sigismember(&p, SIGUSR2)));
	/* Blocking SIGKILL and SIGSTOP is silently refused. */
	block(SIG_BLOCK, SIGKILL);
	block(SIG_BLOCK, SIGSTOP);
	printf("SIGKILL blockable: %s, SIGSTOP blockable: %s\n", yes(is_blocked(SIGKILL)), yes(is_blocked(SIGSTOP)));
	{
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = plain_handler;
		SHOW("sigaction(SIGKILL)", sigaction(SIGKILL, &sa, NULL));
		SHOW("sigaction(SIGSTOP)", sigaction(SIGSTOP, &sa, NULL));
		SHOW("sigaction(65)", sigaction(65, &sa, NULL));
	}
	/* Ignoring a pending blocked signal discards it. */
	block(SIG_BLOCK, SIGUSR2);
	kill(getpid(), SIGUSR2);
	on(SIGUSR2, SIG_IGN, 0);
	sigpending(&p);
	printf("ignored while pending: pending %s\n", yes(sigismember(&p, SIGUSR2)));
	on(SIGUSR2, plain_handler, 0);
	block(SIG_UNBLOCK, SIGUSR2);
	printf("after unblock: ran %d\n", hits[SIGUSR2]);
	/* sigtimedwait takes a blocked signal without its handler. */
	{
		siginfo_t si;
		struct timespec ts = { 0, 20 * 1000000L };

		block(SIG_BLOCK, SIGUSR2);
		kill(getpid(), SIGUSR2);
		sigemptyset(&p);
		sigaddset(&p, SIGUSR2);
		int s = sigtimedwait(&p, &si, &ts);
		printf("sigtimedwait: %d (%s), si_code %d, handler ran %d\n", s, s == SIGUSR2 ? "SIGUSR2" : "?", si.si_code,
		       hits[SIGUSR2]);
		SHOW("sigtimedwait nothing", sigtimedwait(&p, &si, &ts));
		block(SIG_UNBLOCK, SIGUSR2);
	}
}

/* --- 3. sigsuspend --- */
static void test_sigsuspend(void)
{
	sigset_t none;
	pid_t c;
	int r;

	on(SIGUSR1, plain_handler, 0);
	hits[SIGUSR1] = 0;
	block(SIG_BLOCK, SIGUSR1);
	c = later(SIGUSR1, 50, -1, NULL);
	sigemptyset(&none);
	r = sigsuspend(&none);
	printf("sigsuspend: %d %s, handler ran %d, SIGUSR1 blocked again: %s\n", r, errno == EINTR ? "EINTR" : "?",
	       hits[SIGUSR1], yes(is_blocked(SIGUSR1)));
	reap(c);
	block(SIG_UNBLOCK, SIGUSR1);
	/* pause, too */
	c = later(SIGUSR1, 50, -1, NULL);
	r = pause();
	printf("pause: %d %s, handler ran %d\n", r, errno == EINTR ? "EINTR" : "?", hits[SIGUSR1]);
	reap(c);
}

/* --- 4/5. SA_RESETHAND, SA_NODEFER, nesting, masks inside --- */
static volatile int depth, max_depth, usr1_blocked_inside, term_blocked_inside;

static void nest_handler(int sig)
{
	depth++;
	if (depth > max_depth)
		max_depth = depth;
	usr1_blocked_inside = is_blocked(SIGUSR1);
	term_blocked_inside = is_blocked(SIGTERM);
	if (hits[sig]++ < 2)
		kill(getpid(), sig);	/* nested now with SA_NODEFER, after return without */
	depth--;
}

static void outer_handler(int sig)
{
	(void)sig;
	note('[');
	kill(getpid(), SIGUSR2);	/* not masked: runs inside this one */
	note(']');
}

static void inner_handler(int sig)
{
	(void)sig;
	note('u');
}

static void test_flags(void)
{
	struct sigaction sa, old;

	on(SIGUSR1, plain_handler, SA_RESETHAND);
	hits[SIGUSR1] = 0;
	kill(getpid(), SIGUSR1);
	sigaction(SIGUSR1, NULL, &old);
	printf("SA_RESETHAND: ran %d, now SIG_DFL: %s\n", hits[SIGUSR1], yes(old.sa_handler == SIG_DFL));

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = nest_handler;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGTERM);
	sigaction(SIGUSR1, &sa, NULL);
	hits[SIGUSR1] = 0;
	max_depth = 0;
	kill(getpid(), SIGUSR1);
	printf("default: ran %d, deepest %d, SIGUSR1 blocked inside %s, sa_mask SIGTERM blocked inside %s, after: %s\n",
	       hits[SIGUSR1], max_depth, yes(usr1_blocked_inside), yes(term_blocked_inside), yes(is_blocked(SIGTERM)));
	sa.sa_flags = SA_NODEFER;
	sigaction(SIGUSR1, &sa, NULL);
	hits[SIGUSR1] = 0;
	max_depth = 0;
	kill(getpid(), SIGUSR1);
	printf("SA_NODEFER: ran %d, deepest %d, SIGUSR1 blocked inside %s\n", hits[SIGUSR1], max_depth,
	       yes(usr1_blocked_inside));

	on(SIGUSR1, outer_handler, 0);
	on(SIGUSR2, inner_handler, 0);
	order_len = 0;
	kill(getpid(), SIGUSR1);
	order[order_len] = 0;
	printf("nested: %s\n", order);
	/* Two pending at once: lower number first; the second is delivered
	 * on the way out of the kernel too, inside the first's frame. */
	block(SIG_BLOCK, SIGUSR1);
	block(SIG_BLOCK, SIGUSR2);
	kill(getpid(), SIGUSR2);
	kill(getpid(), SIGUSR1);
	order_len = 0;
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	order[order_len] = 0;
	printf("two pending: %s\n", order);
	on(SIGUSR1, SIG_DFL, 0);
	on(SIGUSR2, SIG_DFL, 0);
}

/* --- 6/7. EINTR and restarts --- */
static void test_restart(void)
{
	int sv[2], lfd, cfd, r;
	char buf[32];
	pid_t c;
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(61750),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t al = sizeof(a);
	struct timeval tv = { 2, 0 };

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	on(SIGALRM, plain_handler, SA_RESTART);
	hits[SIGALRM] = 0;
	c = later(SIGALRM, 60, sv[1], "data");
	r = read(sv[0], buf, sizeof(buf));
	printf("read, SA_RESTART: %d, handler ran %d\n", r, hits[SIGALRM]);
	reap(c);

	on(SIGALRM, plain_handler, 0);
	c = later(SIGALRM, 60, sv[1], "more");
	r = read(sv[0], buf, sizeof(buf));
	printf("read, no SA_RESTART: %d %s, handler ran %d\n", r, r < 0 && errno == EINTR ? "EINTR" : "?", hits[SIGALRM]);
	reap(c);
	r = read(sv[0], buf, sizeof(buf));
	printf("the data is still there: %d\n", r);

	on(SIGALRM, plain_handler, SA_RESTART);
	c = later(SIGALRM, 60, sv[1], "again");
	r = recv(sv[0], buf, sizeof(buf), 0);
	printf("recv, SA_RESTART: %d, handler ran %d\n", r, hits[SIGALRM]);
	reap(c);

	setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	c = later(SIGALRM, 60, sv[1], "late");
	r = recv(sv[0], buf, sizeof(buf), 0);
	printf("recv with SO_RCVTIMEO, SA_RESTART: %d %s, handler ran %d\n", r, r < 0 && errno == EINTR ? "EINTR" : "?",
	       hits[SIGALRM]);
	reap(c);
	recv(sv[0], buf, sizeof(buf), 0);

	/* accept restarts; the child connects after the signal. */
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	r = 1;
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &r, sizeof(r));
	if (bind(lfd, (struct sockaddr *)&a, sizeof(a)) || listen(lfd, 4))
		perror("bind/listen");
	fflush(stdout);
	c = fork();
	if (c == 0) {
		int s = socket(AF_INET, SOCK_STREAM, 0);

		msleep(60);
		kill(getppid(), SIGALRM);
		msleep(60);
		connect(s, (struct sockaddr *)&a, sizeof(a));
		close(s);
		_exit(0);
	}
	cfd = accept(lfd, (struct sockaddr *)&a, &al);
	printf("accept, SA_RESTART: %s, handler ran %d\n", cfd >= 0 ? "a connection" : strerror(errno), hits[SIGALRM]);
	reap(c);
	close(cfd);
	on(SIGALRM, plain_handler, 0);
	shot(50);
	cfd = accept(lfd, (struct sockaddr *)&a, &al);
	printf("accept, no SA_RESTART: %d %s\n", cfd, cfd < 0 && errno == EINTR ? "EINTR" : "?");
	close(lfd);

	/* poll, select, nanosleep: EINTR even under SA_RESTART. */
	on(SIGALRM, plain_handler, SA_RESTART);
	{
		struct pollfd pfd = { .fd = sv[0], .events = POLLIN };
		fd_set rs;
		struct timespec ts = { 5, 0 };

		shot(50);
		r = poll(&pfd, 1, -1);
		printf("poll: %d %s\n", r, r < 0 && errno == EINTR ? "EINTR" : "?");
		FD_ZERO(&rs);
		FD_SET(sv[0], &rs);
		shot(50);
		r = select(sv[0] + 1, &rs, NULL, NULL, NULL);
		printf("select: %d %s\n", r, r < 0 && errno == EINTR ? "EINTR" : "?");
		shot(50);
		r = nanosleep(&ts, &ts);
		printf("nanosleep: %d %s, time left between 4 and 5 s: %s\n", r, r < 0 && errno == EINTR ? "EINTR" : "?",
		       yes(ts.tv_sec == 4));
	}
	/* wait4 restarts under SA_RESTART. */
	fflush(stdout);
	c = fork();
	if (c == 0) {
		msleep(150);
		_exit(3);
	}
	shot(50);
	{
		int st = 0;
		pid_t w = waitpid(c, &st, 0);

		printf("waitpid, SA_RESTART: child reaped %s, exit %d\n", yes(w == c), WEXITSTATUS(st));
	}
	close(sv[0]);
	close(sv[1]);
	on(SIGALRM, SIG_DFL, 0);
}

/* --- 8. SIGPIPE --- */
static void test_sigpipe(void)
{
	int sv[2], r, st;
	pid_t c;

	on(SIGPIPE, plain_handler, 0);
	hits[SIGPIPE] = 0;
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	close(sv[1]);
	r = send(sv[0], "x", 1, MSG_NOSIGNAL);
	printf("send MSG_NOSIGNAL: %d %s, SIGPIPE %d\n", r, r < 0 && errno == EPIPE ? "EPIPE" : "?", hits[SIGPIPE]);
	r = write(sv[0], "x", 1);
	printf("write: %d %s, SIGPIPE %d\n", r, r < 0 && errno == EPIPE ? "EPIPE" : "?", hits[SIGPIPE]);
	fflush(stdout);
	c = fork();
	if (c == 0) {
		signal(SIGPIPE, SIG_DFL);
		if (write(sv[0], "x", 1) < 0)
			_exit(1);
		_exit(0);
	}
	waitpid(c, &st, 0);
	printf("default SIGPIPE: killed %s by %d\n", yes(WIFSIGNALED(st)), WTERMSIG(st));
	close(sv[0]);
	on(SIGPIPE, SIG_DFL, 0);
}

/* --- 9. alarm and setitimer --- */
static void test_timers(void)
{
	struct itimerval it = { { 0, 20000 }, { 0, 20000 } }, cur;
	unsigned left;

	on_info(SIGALRM, info_handler, 0);
	hits[SIGALRM] = 0;
	alarm(5);
	left = alarm(0);
	printf("alarm(5) then alarm(0): %u\n", left);
	alarm(1);
	pause();
	printf("alarm(1): SIGALRM %d, si_code %s\n", hits[SIGALRM], last_code == SI_KERNEL ? "SI_KERNEL" : "?");
	setitimer(ITIMER_REAL, &it, NULL);
	wait_hits(SIGALRM, 4);
	getitimer(ITIMER_REAL, &cur);
	printf("interval timer: %d signals, still armed: %s, interval %ld us\n", hits[SIGALRM],
	       yes(cur.it_value.tv_sec || cur.it_value.tv_usec), (long)cur.it_interval.tv_usec);
	memset(&it, 0, sizeof(it));
	setitimer(ITIMER_REAL, &it, &cur);
	getitimer(ITIMER_REAL, &cur);
	printf("disarmed: %ld %ld\n", (long)cur.it_value.tv_sec, (long)cur.it_value.tv_usec);
	it.it_value.tv_usec = 1000000;
	SHOW("setitimer bad usec", setitimer(ITIMER_REAL, &it, NULL));
	SHOW("setitimer bad which", setitimer(7, &it, NULL));
	on(SIGALRM, SIG_DFL, 0);

	/* The CPU-time timers count only while we run (user time for
	 * ITIMER_VIRTUAL, all of it for ITIMER_PROF): a busy loop. */
	{
		static const int which[2] = { ITIMER_VIRTUAL, ITIMER_PROF };
		static const int sigs[2] = { SIGVTALRM, SIGPROF };
		static const char *names[2] = { "ITIMER_VIRTUAL", "ITIMER_PROF" };

		for (int i = 0; i < 2; i++) {
			struct itimerval v = { { 0, 0 }, { 0, 30000 } };
			struct timespec t0, t1;
			long ms = 0;
			int armed;

			on(sigs[i], plain_handler, 0);
			hits[sigs[i]] = 0;
			clock_gettime(CLOCK_MONOTONIC, &t0);	/* CPU time is at most this */
			setitimer(which[i], &v, NULL);
			getitimer(which[i], &cur);
			armed = cur.it_value.tv_sec || cur.it_value.tv_usec;
			while (!hits[sigs[i]] && ms < 10000) {
				clock_gettime(CLOCK_MONOTONIC, &t1);
				ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
			}
			getitimer(which[i], &cur);
			printf("%s armed: %s\n", names[i], yes(armed));
			printf("%s: signal after a busy loop %s, not at once %s, disarmed %s\n", names[i],
			       yes(hits[sigs[i]] == 1), yes(ms >= 15), yes(!cur.it_value.tv_sec && !cur.it_value.tv_usec));
			on(sigs[i], SIG_DFL, 0);
		}
	}
}

/* --- 10. process groups and sessions --- */
static void test_pgrp(void)
{
	pid_t a, b, w;
	int st, n = 0;
	int p[2];

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, p))
		p[0] = p[1] = -1;
	fflush(stdout);
	a = fork();
	if (a == 0) {
		setpgid(0, 0);
		for (;;)
			pause();
	}
	setpgid(a, a);		/* both sides, so there is no race */
	b = fork();
	if (b == 0) {
		for (;;)
			pause();
	}
	printf("setpgid(b, a): %d\n", setpgid(b, a));
	printf("getpgid(a) == a: %s, getpgid(b) == a: %s, mine differs: %s\n", yes(getpgid(a) == a), yes(getpgid(b) == a),
	       yes(getpgrp() != a));
	printf("kill(-a, 0): %d\n", kill(-a, 0));
	kill(-a, SIGTERM);
	while ((w = waitpid(-a, &st, 0)) > 0)
		if (WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM)
			n++;
	printf("kill(-pgrp, SIGTERM): %d children killed, then waitpid(-pgrp) errno %s\n", n,
	       errno == ECHILD ? "ECHILD" : strerror(errno));
	SHOW("kill(-pgrp) now", kill(-a, SIGTERM));
	SHOW("setpgid(0, -1)", setpgid(0, -1));
	SHOW("setpgid(99999, 0)", setpgid(99999, 0));
	SHOW("getpgid(99999)", getpgid(99999));
	SHOW("getsid(99999)", getsid(99999));
	SHOW("waitpid(-pgrp) without children", waitpid(-a, NULL, 0));

	/* A child makes a session: it leads it and its group; it can
	 * not then be moved, and kill(0) reaches its grandchild. */
	fflush(stdout);
	a = fork();
	if (a == 0) {
		pid_t me = getpid(), g;
		int r = setsid(), s2;

		printf("child setsid: returns my pid %s, getsid(0) %s, getpgrp %s\n", yes(r == me), yes(getsid(0) == me),
		       yes(getpgrp() == me));
		SHOW("second setsid", (s2 = setsid()));
		g = fork();
		if (g == 0) {
			for (;;)
				pause();
		}
		signal(SIGUSR1, SIG_IGN);
		kill(0, SIGUSR1);
		waitpid(g, &st, 0);
		printf("kill(0, SIGUSR1) killed the grandchild: %s\n", yes(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1));
		fflush(stdout);
		if (write(p[1], "", 1) < 0)
			_exit(2);
		msleep(200);
		_exit(0);
	}
	{
		char ch;

		if (read(p[0], &ch, 1) < 0)
			perror("read");
	}
	SHOW("setpgid(child in another session, ...)", setpgid(a, getpgrp()));
	printf("getsid(child) == child: %s\n", yes(getsid(a) == a));
	waitpid(a, &st, 0);
	close(p[0]);
	close(p[1]);
}

/* --- 11. stop, continue, SIGCHLD --- */
static void test_stop(void)
{
	pid_t c;
	int st;

	on_info(SIGCHLD, info_handler, SA_RESTART);
	hits[SIGCHLD] = 0;
	fflush(stdout);
	c = fork();
	if (c == 0) {
		for (;;)
			pause();
	}
	kill(c, SIGSTOP);
	waitpid(c, &st, WUNTRACED);
	printf("stopped: status %#x, WIFSTOPPED %s, WSTOPSIG %d\n", st, yes(WIFSTOPPED(st)), WSTOPSIG(st));
	wait_hits(SIGCHLD, 1);
	printf("SIGCHLD: %d, si_code %s, si_status %d\n", hits[SIGCHLD], last_code == CLD_STOPPED ? "CLD_STOPPED" : "?",
	       last_status);
	printf("stopped again: waitpid WNOHANG|WUNTRACED %d\n", waitpid(c, &st, WNOHANG | WUNTRACED));
	kill(c, SIGCONT);
	waitpid(c, &st, WCONTINUED);
	printf("continued: status %#x, WIFCONTINUED %s\n", st, yes(WIFCONTINUED(st)));
	wait_hits(SIGCHLD, 2);
	printf("SIGCHLD: %d, si_code %s, si_status %d\n", hits[SIGCHLD],
	       last_code == CLD_CONTINUED ? "CLD_CONTINUED" : "?", last_status);
	/* A stop signal with a handler is just a signal; SIGTSTP's default
	 * stops (the child's group is not orphaned: we are its parent). */
	setpgid(c, c);
	kill(c, SIGTSTP);
	waitpid(c, &st, WUNTRACED);
	printf("SIGTSTP: WSTOPSIG %d\n", WSTOPSIG(st));
	kill(c, SIGCONT);
	waitpid(c, &st, WCONTINUED);
	printf("continued: %s\n", yes(WIFCONTINUED(st)));
	wait_hits(SIGCHLD, 4);	/* (standard signals do not queue: one at a time) */
	kill(c, SIGKILL);
	waitpid(c, &st, 0);
	printf("killed: WTERMSIG %d\n", WTERMSIG(st));
	wait_hits(SIGCHLD, 5);
	msleep(20);
	printf("SIGCHLD: %d, last si_code %s, si_status %d\n", hits[SIGCHLD], last_code == CLD_KILLED ? "CLD_KILLED" : "?",
	       last_status);

	/* A call that a stop interrupts, with no handler to run, goes on
	 * after SIGCONT: read restarts (-ERESTARTSYS), nanosleep resumes
	 * with the time left (restart_syscall). */
	{
		int sv[2];
		char buf[16];

		socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
		fflush(stdout);
		c = fork();
		if (c == 0) {
			struct timespec t0, t1, ts = { 0, 300 * 1000000L };
			ssize_t r = read(sv[1], buf, sizeof(buf));
			int ns;

			printf("stopped in read: read %zd after SIGCONT\n", r);
			clock_gettime(CLOCK_MONOTONIC, &t0);
			ns = nanosleep(&ts, NULL);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			printf("stopped in nanosleep: %d, slept at least 300 ms: %s\n", ns,
			       yes((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000 >= 300));
			_exit(0);
		}
		msleep(50);
		kill(c, SIGSTOP);
		waitpid(c, &st, WUNTRACED);
		kill(c, SIGCONT);
		msleep(50);
		if (write(sv[0], "hello", 5) != 5)
			perror("write");
		msleep(100);
		kill(c, SIGSTOP);
		waitpid(c, &st, WUNTRACED);
		msleep(50);
		kill(c, SIGCONT);
		waitpid(c, &st, 0);
		printf("the child exited %d\n", WEXITSTATUS(st));
		close(sv[0]);
		close(sv[1]);
	}

	/* si_utime + si_stime: the child's CPU time in clock ticks (100 a
	 * second). */
	hits[SIGCHLD] = 0;
	fflush(stdout);
	c = fork();
	if (c == 0) {
		struct timespec t0, t1;
		long ms = 0;

		clock_gettime(CLOCK_MONOTONIC, &t0);
		while (ms < 200) {
			clock_gettime(CLOCK_MONOTONIC, &t1);
			ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
		}
		_exit(0);
	}
	wait_hits(SIGCHLD, 1);
	waitpid(c, &st, 0);
	printf("a 200 ms busy child: si_utime + si_stime between 0.1 and 0.5 s: %s\n",
	       yes(last_cputime >= 10 && last_cputime <= 50));

	/* SIGCONT discards a pending (blocked) stop signal. */
	{
		sigset_t p;
		int before;

		block(SIG_BLOCK, SIGTSTP);
		kill(getpid(), SIGTSTP);
		sigpending(&p);
		before = sigismember(&p, SIGTSTP);
		kill(getpid(), SIGCONT);
		sigpending(&p);
		printf("SIGTSTP pending %s, after SIGCONT %s\n", yes(before), yes(sigismember(&p, SIGTSTP)));
		block(SIG_UNBLOCK, SIGTSTP);
	}

	/* SIGCHLD ignored: children reap themselves, wait gives ECHILD. */
	signal(SIGCHLD, SIG_IGN);
	fflush(stdout);
	c = fork();
	if (c == 0)
		_exit(0);
	SHOW("SIGCHLD ignored: waitpid", waitpid(c, &st, 0));
	signal(SIGCHLD, SIG_DFL);
}

/* SA_NOCLDSTOP: no SIGCHLD for the stop or the continue, one for the exit
 * (qemu-user does not pass the flag on: it reports all three). */
static void test_nocldstop(void)
{
	pid_t c;
	int st;

	on_info(SIGCHLD, info_handler, SA_NOCLDSTOP | SA_RESTART);
	hits[SIGCHLD] = 0;
	fflush(stdout);
	c = fork();
	if (c == 0) {
		raise(SIGSTOP);
		_exit(5);
	}
	waitpid(c, &st, WUNTRACED);
	kill(c, SIGCONT);
	waitpid(c, &st, 0);
	wait_hits(SIGCHLD, 1);
	msleep(20);
	printf("SA_NOCLDSTOP: SIGCHLD %d, si_code %s, si_status %d\n", hits[SIGCHLD],
	       last_code == CLD_EXITED ? "CLD_EXITED" : "?", last_status);

	signal(SIGCHLD, SIG_DFL);
}

/* --- 12. FPU and SSE registers across a handler --- */
static volatile unsigned handler_mxcsr, handler_fcw;
static volatile double handler_result;

static void fpu_handler(int sig)
{
	volatile double x = 1.0;

	(void)sig;
	asm volatile("stmxcsr %0" : "=m"(handler_mxcsr));
	asm volatile("fnstcw %0" : "=m"(handler_fcw));
	handler_fcw &= 0xffff;
	for (int i = 0; i < 10; i++)
		x = x * 3.0 + 0.5;
	handler_result = x;
	/* Clobber xmm0..2 and the x87 stack. */
	asm volatile("xorps %%xmm0, %%xmm0; xorps %%xmm1, %%xmm1; pcmpeqd %%xmm2, %%xmm2; fldpi; fldpi; fstp %%st(0); fstp %%st(0)"
		     ::: "memory");	/* (xmm: the compiler does not use them, no -msse) */
}

static void test_fpu(void)
{
	float in[4] = { 1.5f, 2.5f, 3.5f, 4.5f }, out[4];
	unsigned short cw = 0x0c7f, cw_after;	/* round toward zero */
	unsigned mx = 0x1f80 | 0x6000, mx_after;	/* round toward zero */
	long double ld = 1.0L / 3.0L, ld_after;

	on(SIGUSR1, fpu_handler, 0);
	asm volatile("fldcw %0" : : "m"(cw));
	asm volatile("ldmxcsr %0" : : "m"(mx));
	/* xmm1 and the x87 top hold values across a raw kill system call
	 * that delivers the signal on its way back. */
	asm volatile("movups %2, %%xmm1\n\t"
		     "fldt %3\n\t"
		     "int $0x80\n\t"
		     "movups %%xmm1, %0\n\t"
		     "fstpt %1"
		     : "=m"(out), "=m"(ld_after)
		     : "m"(in), "m"(ld), "a"(SYS_kill), "b"(getpid()), "c"(SIGUSR1)
		     : "memory");
	asm volatile("fnstcw %0" : "=m"(cw_after));
	asm volatile("stmxcsr %0" : "=m"(mx_after));
	printf("fpu: handler saw fcw %#x mxcsr %#x, computed %.1f\n", handler_fcw, handler_mxcsr, handler_result);
	printf("fpu: after the handler xmm1 %.1f %.1f %.1f %.1f, x87 kept %s, fcw %#x, mxcsr %#x\n", out[0], out[1], out[2],
	       out[3], yes(ld_after == ld), cw_after, mx_after);
	cw = 0x037f;
	mx = 0x1f80;
	asm volatile("fldcw %0" : : "m"(cw));
	asm volatile("ldmxcsr %0" : : "m"(mx));
	on(SIGUSR1, SIG_DFL, 0);
}

/* --- 13. a handler that edits its ucontext --- */
static volatile unsigned long resume_at, fault_addr;
static volatile int fault_code;

static void skip_handler(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	fault_code = si->si_code;
	fault_addr = (unsigned long)si->si_addr;
	if (sig == SIGILL)
		uc->uc_mcontext.gregs[REG_EAX] = 42;
	uc->uc_mcontext.gregs[REG_EIP] = resume_at;
}

static void test_ucontext(void)
{
	unsigned long eax, ud2_at;

	on_info(SIGILL, skip_handler, 0);
	on_info(SIGSEGV, skip_handler, 0);
	asm volatile("movl $1f, %1\n\t"
		     "movl $2f, %2\n\t"
		     "movl $7, %%eax\n"
		     "2:\tud2\n"
		     "1:\n"
		     : "=a"(eax), "=m"(resume_at), "=m"(ud2_at));
	printf("SIGILL: eax set by the handler %lu, si_code %d, si_addr is the ud2: %s\n", eax, fault_code,
	       yes(fault_addr == ud2_at));
	asm volatile("movl $1f, %0\n\t"
		     "movl $5, 0x1234\n"
		     "1:\n"
		     : "=m"(resume_at) : : "memory");
	printf("SIGSEGV: skipped, si_code %s, si_addr %#lx\n", fault_code == SEGV_MAPERR ? "SEGV_MAPERR" : "?", fault_addr);
	on(SIGILL, SIG_DFL, 0);
	on(SIGSEGV, SIG_DFL, 0);
}

/* --- sigaltstack --- */
static char altstack_mem[65536];
static volatile int on_alt, alt_flags_inside, alt_eperm;

static void alt_handler(int sig)
{
	char local;
	stack_t cur, n = { .ss_sp = altstack_mem, .ss_size = sizeof(altstack_mem), .ss_flags = 0 };

	(void)sig;
	on_alt = &local >= altstack_mem && &local < altstack_mem + sizeof(altstack_mem);
	sigaltstack(NULL, &cur);
	alt_flags_inside = cur.ss_flags;
	alt_eperm = sigaltstack(&n, NULL) < 0 && errno == EPERM;
}

static void overflow_handler(int sig)
{
	char local;
	static const char yes_msg[] = "stack overflow: SIGSEGV caught on the alternate stack\n";

	(void)sig;
	if (&local >= altstack_mem && &local < altstack_mem + sizeof(altstack_mem) &&
	    write(1, yes_msg, sizeof(yes_msg) - 1) > 0)
		_exit(0);
	_exit(1);
}

static volatile int depth_limit = 1 << 30;	/* never reached: the stack ends first */

static int recurse(volatile char *prev, int n)
{
	volatile char buf[4096];

	buf[0] = prev ? prev[0] + 1 : 0;
	if (n >= depth_limit)
		return buf[0];
	return recurse(buf, n + 1) + buf[1];
}

static void test_altstack(void)
{
	stack_t ss = { .ss_sp = altstack_mem, .ss_size = sizeof(altstack_mem), .ss_flags = 0 }, cur;
	pid_t c;
	int st;

	sigaltstack(NULL, &cur);
	printf("sigaltstack at start: flags %d size %zu\n", cur.ss_flags, cur.ss_size);
	ss.ss_size = 1024;
	SHOW("sigaltstack too small", sigaltstack(&ss, NULL));
	ss.ss_size = sizeof(altstack_mem);
	ss.ss_flags = 8;
	SHOW("sigaltstack bad flags", sigaltstack(&ss, NULL));
	ss.ss_flags = 0;
	SHOW("sigaltstack", sigaltstack(&ss, NULL));
	sigaltstack(NULL, &cur);
	printf("sigaltstack now: flags %d, ours %s\n", cur.ss_flags,
	       yes(cur.ss_sp == altstack_mem && cur.ss_size == sizeof(altstack_mem)));
	on(SIGUSR1, alt_handler, SA_ONSTACK);
	kill(getpid(), SIGUSR1);
	printf("SA_ONSTACK handler: on the alternate stack %s, ss_flags there %d, changing it there EPERM %s\n",
	       yes(on_alt), alt_flags_inside, yes(alt_eperm));
	on(SIGUSR1, alt_handler, 0);
	kill(getpid(), SIGUSR1);
	printf("handler without SA_ONSTACK: on the alternate stack %s\n", yes(on_alt));
	fflush(stdout);
	c = fork();
	if (c == 0) {
		on(SIGSEGV, overflow_handler, SA_ONSTACK);
		recurse(NULL, 0);
		_exit(2);
	}
	waitpid(c, &st, 0);
	printf("stack overflow child: exit %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
	sigaltstack(NULL, &cur);
	printf("disabled: flags %d\n", cur.ss_flags);
	on(SIGUSR1, SIG_DFL, 0);
}

/* A stack overflow with a SIGSEGV handler but no alternate stack: the
 * frame cannot be written, so the process dies of SIGSEGV (Linux's
 * force_sigsegv; qemu-user lets it exit instead). */
static void test_overflow_without_altstack(void)
{
	pid_t c;
	int st;

	fflush(stdout);
	c = fork();
	if (c == 0) {
		on(SIGSEGV, overflow_handler, SA_ONSTACK);
		recurse(NULL, 0);
		_exit(2);
	}
	waitpid(c, &st, 0);
	printf("stack overflow without an alternate stack: killed by %d\n", WIFSIGNALED(st) ? WTERMSIG(st) : -1);
}

/* What the frame looks like to an SA_SIGINFO handler (Linux i386). */
static volatile long frame_gap, fp_magic, fx_aligned, sig_arg_ok;

static void frame_handler(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	unsigned short *fp = (unsigned short *)uc->uc_mcontext.fpregs;

	frame_gap = (char *)uc - (char *)si;
	fp_magic = fp ? fp[55] : -1;
	fx_aligned = fp ? ((unsigned long)fp + 112) % 16 == 0 : 0;
	sig_arg_ok = sig == SIGUSR2 && si->si_signo == SIGUSR2 && sigismember(&uc->uc_sigmask, SIGUSR1);
}

static void test_frame(void)
{
	on_info(SIGUSR2, frame_handler, 0);
	block(SIG_BLOCK, SIGUSR1);
	kill(getpid(), SIGUSR2);
	block(SIG_UNBLOCK, SIGUSR1);
	printf("frame: ucontext %ld bytes after siginfo, fpstate magic %#lx, fxsave 16-aligned %s, uc_sigmask %s\n",
	       frame_gap, fp_magic, yes(fx_aligned), yes(sig_arg_ok));
	on(SIGUSR2, SIG_DFL, 0);
}

/* --- ctrlc: the terminal's signal characters (input typed by tools/run:
 * Ctrl-C, "one", Ctrl-Z, "two") --- */
static void test_ctrlc(void)
{
	char buf[64];
	ssize_t r;
	pid_t fg = 0;

	on(SIGINT, plain_handler, 0);		/* read sees EINTR */
	on(SIGTSTP, plain_handler, SA_RESTART);	/* read goes on */
	ioctl(0, TIOCGPGRP, &fg);
	printf("ctrlc: we are the foreground group: %s\n", yes(fg == getpgrp()));
	r = read(0, buf, sizeof(buf));
	printf("ctrlc: read %zd %s, SIGINT %d\n", r, r < 0 ? ename(errno) : "", hits[SIGINT]);
	r = read(0, buf, sizeof(buf));
	printf("ctrlc: then read %zd\n", r);
	r = read(0, buf, sizeof(buf));
	printf("ctrlc: SIGTSTP %d, read %zd\n", hits[SIGTSTP], r);
}

/* --- forge: hostile sigreturn frames --- */
struct sigcontext32 {
	unsigned short gs, __gsh, fs, __fsh, es, __esh, ds, __dsh;
	unsigned long di, si, bp, sp, bx, dx, cx, ax, trapno, err, ip;
	unsigned short cs, __csh;
	unsigned long flags, sp_at_signal;
	unsigned short ss, __ssh;
	unsigned long fpstate, oldmask, cr2;
};

static unsigned long frame_area[1024];
static unsigned long alt_stack[1024];

static void after_forge(void)
{
	unsigned long fl;

	asm volatile("pushfl; popl %0" : "=r"(fl));
	_exit(10 + ((fl >> 12) & 3));	/* 10: IOPL 0 */
}

static void forge_one(const char *what, int kind)
{
	pid_t c;
	int st;

	fflush(stdout);
	c = fork();
	if (c == 0) {
		struct sigcontext32 *sc = (struct sigcontext32 *)&frame_area[512];
		unsigned short cs, ds, ss, fs, gs;

		asm volatile("mov %%cs, %0; mov %%ds, %1; mov %%ss, %2; mov %%fs, %3; mov %%gs, %4"
			     : "=r"(cs), "=r"(ds), "=r"(ss), "=r"(fs), "=r"(gs));
		memset(sc, 0, sizeof(*sc));
		sc->cs = cs;
		sc->ds = sc->es = ds;
		sc->ss = ss;
		sc->fs = fs;
		sc->gs = gs;
		sc->ip = (unsigned long)after_forge;
		sc->sp = (unsigned long)&alt_stack[1000];
		sc->flags = 0x202;
		switch (kind) {
		case 0: sc->cs = 0x08; break;			/* a kernel code segment */
		case 1: sc->flags = 0x3202; break;		/* IOPL 3 */
		case 2: sc->ds = 0x10; break;			/* a kernel data segment */
		case 3: sc->ss = 0x08; break;			/* code as a stack */
		}
		if (kind == 4)		/* a stack pointer to nowhere */
			asm volatile("movl $16, %%esp; movl %0, %%eax; int $0x80" : : "i"(SYS_sigreturn));
		else
			asm volatile("movl %0, %%esp; movl %1, %%eax; int $0x80" : : "r"(sc), "i"(SYS_sigreturn));
		_exit(99);
	}
	waitpid(c, &st, 0);
	if (WIFSIGNALED(st))
		printf("forge %s: killed by signal %d\n", what, WTERMSIG(st));
	else
		printf("forge %s: exit %d%s\n", what, WEXITSTATUS(st), WEXITSTATUS(st) == 10 ? " (no IOPL)" : "");
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc > 1 && !strcmp(argv[1], "forge")) {
		forge_one("kernel cs", 0);
		forge_one("iopl", 1);
		forge_one("kernel ds", 2);
		forge_one("code as stack", 3);
		forge_one("bad sp", 4);
		printf("forge: the parent lives\n");
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "ctrlc")) {
		test_ctrlc();
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "beyond-qemu")) {
		test_fpu();
		test_nocldstop();
		test_overflow_without_altstack();
		return 0;
	}
	test_siginfo();
	test_mask_pending();
	test_sigsuspend();
	test_flags();
	test_restart();
	test_sigpipe();
	test_timers();
	test_pgrp();
	test_stop();
	test_ucontext();
	test_frame();
	test_altstack();
	printf("sigtest: done\n");
	return 0;
}
