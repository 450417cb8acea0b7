/* musl/threadtest: POSIX threads as a program uses them, on top of clone(2),
 * futex(2), set_tid_address, exit and exit_group; compared with Linux.
 *
 *   threadtest            the whole tour; prints one line per check
 *   threadtest exitgroup  a thread calls exit(42) while main waits in join:
 *                         the process ends with status 42
 *   threadtest fault      a thread writes through NULL: the whole process
 *                         dies of SIGSEGV (status 139)
 *   threadtest mainexit   main calls pthread_exit; the others go on, and
 *                         the last one's exit(3) is the process's status
 *   threadtest vfork      the vfork child writes to its parent's memory
 *   threadtest madvise    MADV_DONTNEED pages read as zeros again
 *   threadtest hostile    bad clone, futex and robust-list arguments
 *   threadtest bomb       threads until EAGAIN (not compared with Linux)
 *
 * Every line printed is the same on every run and on Linux: numbers that
 * vary (ids, times) are only compared, never printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* <linux/futex.h>, which musl's headers do not include. */
#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_CMP_REQUEUE	4
#define FUTEX_WAKE_OP		5
#define FUTEX_WAIT_BITSET	9
#define FUTEX_PRIVATE_FLAG	128
#define FUTEX_WAIT_PRIVATE	(FUTEX_WAIT | FUTEX_PRIVATE_FLAG)
#define FUTEX_WAKE_PRIVATE	(FUTEX_WAKE | FUTEX_PRIVATE_FLAG)
#define FUTEX_WAIT_BITSET_PRIVATE (FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG)
#define FUTEX_CMP_REQUEUE_PRIVATE (FUTEX_CMP_REQUEUE | FUTEX_PRIVATE_FLAG)

#define NTHREADS	8
#define NLOOPS		20000
#define MANY		40

static const char *yes(int c) { return c ? "yes" : "no"; }

/* futex (240) takes the old i386 timespec, 32-bit seconds; musl's own
 * struct timespec has 64-bit seconds (time64), glibc's 32 by default. */
struct old_timespec32 { long tv_sec, tv_nsec; };

static long futex(void *uaddr, int op, int val, const struct old_timespec32 *ts, void *uaddr2, int val3)
{
	return syscall(SYS_futex, uaddr, op, val, ts, uaddr2, val3);
}

static pid_t gettid_(void) { return syscall(SYS_gettid); }

static void nap(int ms)
{
	struct timespec t = { 0, ms * 1000000L };

	nanosleep(&t, NULL);
}

static long ms_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

/* --- mutex contention, TLS, ids --- */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static __thread int tls_value = -1;
static pid_t main_pid, main_ppid;

struct worker {
	int idx;
	pid_t tid, pid, ppid;
	int tls_ok;
	int *tls_addr;
};

static void *worker(void *arg)
{
	struct worker *w = arg;

	w->tid = gettid_();
	w->pid = getpid();
	w->ppid = getppid();
	w->tls_ok = tls_value == -1;		/* a new thread starts with the initial value */
	tls_value = w->idx * 100;
	w->tls_addr = &tls_value;
	for (int i = 0; i < NLOOPS; i++) {
		pthread_mutex_lock(&lock);
		counter++;
		pthread_mutex_unlock(&lock);
		if (i % 1000 == 0)
			sched_yield();		/* let the others run: our TLS must survive */
	}
	w->tls_ok &= tls_value == w->idx * 100;
	return (void *)(intptr_t)(w->idx * 3);
}

static void test_workers(void)
{
	pthread_t th[NTHREADS];
	struct worker w[NTHREADS];
	int sum = 0, distinct = 1, same_pid = 1, same_ppid = 1, tls_ok = 1, tls_apart = 1;

	tls_value = 12345;
	for (int i = 0; i < NTHREADS; i++) {
		w[i].idx = i + 1;
		if (pthread_create(&th[i], NULL, worker, &w[i])) {
			printf("pthread_create failed\n");
			exit(1);
		}
	}
	for (int i = 0; i < NTHREADS; i++) {
		void *ret;

		pthread_join(th[i], &ret);
		sum += (intptr_t)ret;
	}
	for (int i = 0; i < NTHREADS; i++) {
		same_pid &= w[i].pid == main_pid;
		same_ppid &= w[i].ppid == main_ppid;
		distinct &= w[i].tid != main_pid;
		tls_ok &= w[i].tls_ok;
		tls_apart &= w[i].tls_addr != &tls_value;
		for (int j = 0; j < i; j++) {
			distinct &= w[i].tid != w[j].tid;
			tls_apart &= w[i].tls_addr != w[j].tls_addr;
		}
	}
	printf("mutex: %d threads x %d increments = %ld\n", NTHREADS, NLOOPS, counter);
	printf("join: return values sum to %d\n", sum);
	printf("ids: thread ids distinct and not the pid: %s; getpid the same in every thread: %s; getppid too: %s\n",
	       yes(distinct), yes(same_pid), yes(same_ppid));
	printf("tls: each thread starts with the initial value and keeps its own: %s; at its own address: %s; main's untouched: %s\n",
	       yes(tls_ok), yes(tls_apart), yes(tls_value == 12345));
}

/* --- many threads alive at once --- */

static pthread_mutex_t gate_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cond = PTHREAD_COND_INITIALIZER;
static int arrived, gate_open;

static void *gate_thread(void *arg)
{
	pthread_mutex_lock(&gate_lock);
	arrived++;
	pthread_cond_broadcast(&gate_cond);
	while (!gate_open)
		pthread_cond_wait(&gate_cond, &gate_lock);
	pthread_mutex_unlock(&gate_lock);
	return arg;
}

static void test_many(void)
{
	pthread_t th[MANY];
	long sum = 0;

	for (int i = 0; i < MANY; i++)
		if (pthread_create(&th[i], NULL, gate_thread, (void *)(intptr_t)i)) {
			printf("pthread_create %d failed\n", i);
			exit(1);
		}
	pthread_mutex_lock(&gate_lock);
	while (arrived < MANY)
		pthread_cond_wait(&gate_cond, &gate_lock);
	gate_open = 1;
	pthread_cond_broadcast(&gate_cond);
	pthread_mutex_unlock(&gate_lock);
	for (int i = 0; i < MANY; i++) {
		void *ret;

		pthread_join(th[i], &ret);
		sum += (intptr_t)ret;
	}
	printf("many: %d threads alive at once, all joined, sum %ld\n", arrived, sum);
}

/* --- a bounded queue: two producers, two consumers --- */

#define QSIZE	4
#define NITEMS	500
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t q_notfull = PTHREAD_COND_INITIALIZER, q_notempty = PTHREAD_COND_INITIALIZER;
static int queue[QSIZE], q_head, q_count, q_done;

static void *producer(void *arg)
{
	int base = (intptr_t)arg;

	for (int i = 1; i <= NITEMS; i++) {
		pthread_mutex_lock(&q_lock);
		while (q_count == QSIZE)
			pthread_cond_wait(&q_notfull, &q_lock);
		queue[(q_head + q_count++) % QSIZE] = base + i;
		pthread_cond_signal(&q_notempty);
		pthread_mutex_unlock(&q_lock);
	}
	return NULL;
}

static void *consumer(void *arg)
{
	long sum = 0;

	(void)arg;
	for (;;) {
		pthread_mutex_lock(&q_lock);
		while (q_count == 0 && !q_done)
			pthread_cond_wait(&q_notempty, &q_lock);
		if (q_count == 0) {
			pthread_mutex_unlock(&q_lock);
			return (void *)sum;
		}
		sum += queue[q_head];
		q_head = (q_head + 1) % QSIZE;
		q_count--;
		pthread_cond_signal(&q_notfull);
		pthread_mutex_unlock(&q_lock);
	}
}

static void test_queue(void)
{
	pthread_t p1, p2, c1, c2;
	void *s1, *s2;

	pthread_create(&c1, NULL, consumer, NULL);
	pthread_create(&c2, NULL, consumer, NULL);
	pthread_create(&p1, NULL, producer, (void *)0);
	pthread_create(&p2, NULL, producer, (void *)100000);
	pthread_join(p1, NULL);
	pthread_join(p2, NULL);
	pthread_mutex_lock(&q_lock);
	q_done = 1;
	pthread_cond_broadcast(&q_notempty);
	pthread_mutex_unlock(&q_lock);
	pthread_join(c1, &s1);
	pthread_join(c2, &s2);
	printf("cond: %d items through a %d-slot queue, sum %ld\n", 2 * NITEMS, QSIZE, (long)s1 + (long)s2);
}

/* --- timeouts --- */

static void test_timeouts(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t c = PTHREAD_COND_INITIALIZER, cm;
	pthread_condattr_t attr;
	struct timespec t0, abs;
	int rc, word = 0;
	long ms;

	/* CLOCK_REALTIME, the default clock of a condition variable. */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	clock_gettime(CLOCK_REALTIME, &abs);
	abs.tv_nsec += 50 * 1000000;
	if (abs.tv_nsec >= 1000000000) {
		abs.tv_sec++;
		abs.tv_nsec -= 1000000000;
	}
	pthread_mutex_lock(&m);
	rc = pthread_cond_timedwait(&c, &m, &abs);
	ms = ms_since(&t0);
	pthread_mutex_unlock(&m);
	printf("timedwait (realtime): %s after at least 50 ms: %s\n", rc == ETIMEDOUT ? "ETIMEDOUT" : strerror(rc),
	       yes(ms >= 50 && ms < 2000));

	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&cm, &attr);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	abs = t0;
	abs.tv_nsec += 30 * 1000000;
	if (abs.tv_nsec >= 1000000000) {
		abs.tv_sec++;
		abs.tv_nsec -= 1000000000;
	}
	pthread_mutex_lock(&m);
	rc = pthread_cond_timedwait(&cm, &m, &abs);
	ms = ms_since(&t0);
	pthread_mutex_unlock(&m);
	printf("timedwait (monotonic): %s after at least 30 ms: %s\n", rc == ETIMEDOUT ? "ETIMEDOUT" : strerror(rc),
	       yes(ms >= 30 && ms < 2000));

	/* The system call itself. */
	struct old_timespec32 rel = { 0, 20 * 1000000 };
	long r;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = futex(&word, FUTEX_WAIT_PRIVATE, 0, &rel, NULL, 0);
	ms = ms_since(&t0);
	printf("futex wait 20 ms: %ld %s, slept at least 20 ms: %s\n", r, r ? strerror(errno) : "", yes(ms >= 20));
	r = futex(&word, FUTEX_WAIT_PRIVATE, 1, NULL, NULL, 0);
	printf("futex wait on a changed value: %ld %s\n", r, strerror(errno));
	r = futex(&word, FUTEX_WAKE_PRIVATE, 5, NULL, NULL, 0);
	printf("futex wake with no one waiting: %ld\n", r);
	r = futex((char *)&word + 1, FUTEX_WAIT, 0, &rel, NULL, 0);
	printf("futex on a misaligned word: %ld %s\n", r, strerror(errno));
	r = futex(&word, FUTEX_WAIT_BITSET_PRIVATE, 0, &rel, NULL, 0);
	printf("futex wait with an empty bitset: %ld %s\n", r, strerror(errno));
	r = futex(NULL, FUTEX_WAIT, 0, &rel, NULL, 0);
	printf("futex wait at NULL: %ld %s\n", r, strerror(errno));
	rel.tv_nsec = 1000000000;
	r = futex(&word, FUTEX_WAIT, 0, &rel, NULL, 0);
	printf("futex wait with tv_nsec = 10^9: %ld %s\n", r, strerror(errno));
}

/* --- futex wake between threads, by hand --- */

static int flag_word;

static void *flag_waiter(void *arg)
{
	(void)arg;
	while (__atomic_load_n(&flag_word, __ATOMIC_SEQ_CST) == 0)
		futex(&flag_word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	return (void *)(intptr_t)flag_word;
}

static void test_futex_wake(void)
{
	pthread_t th[3];
	struct timespec ms10 = { 0, 10 * 1000000 };
	long sum = 0;

	for (int i = 0; i < 3; i++)
		pthread_create(&th[i], NULL, flag_waiter, NULL);
	nanosleep(&ms10, NULL);			/* let them all go to sleep */
	__atomic_store_n(&flag_word, 7, __ATOMIC_SEQ_CST);
	futex(&flag_word, FUTEX_WAKE_PRIVATE, 0x7fffffff, NULL, NULL, 0);
	for (int i = 0; i < 3; i++) {
		void *r;

		pthread_join(th[i], &r);
		sum += (intptr_t)r;
	}
	printf("futex: three sleepers woken by one FUTEX_WAKE see %ld\n", sum);
}

/* FUTEX_CMP_REQUEUE: wake one of three sleepers on a, move the other two
 * to b, where one FUTEX_WAKE finds them. */
static int word_a, word_b;

static void *a_waiter(void *arg)
{
	(void)arg;
	while (__atomic_load_n(&word_a, __ATOMIC_SEQ_CST) == 0)
		futex(&word_a, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	return NULL;
}

static void test_requeue(void)
{
	pthread_t th[3];
	long r1, r2, r3;

	for (int i = 0; i < 3; i++)
		pthread_create(&th[i], NULL, a_waiter, NULL);
	nap(30);			/* all three asleep on word_a */
	/* Set the word first, so the one woken does not sleep again; the
	 * kernel checks the value we say we saw. */
	__atomic_store_n(&word_a, 1, __ATOMIC_SEQ_CST);
	r1 = futex(&word_a, FUTEX_CMP_REQUEUE_PRIVATE, 1, (const struct old_timespec32 *)2, &word_b, 0);
	r2 = futex(&word_a, FUTEX_CMP_REQUEUE_PRIVATE, 1, (const struct old_timespec32 *)2, &word_b, 1);
	r3 = futex(&word_b, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0);
	for (int i = 0; i < 3; i++)
		pthread_join(th[i], NULL);
	printf("futex requeue: a wrong expected value: %ld %s; woken+moved %ld; woken on the new word %ld\n",
	       r1, r1 < 0 ? strerror(errno) : "", r2, r3);
}

/* A robust mutex whose owner ended without unlocking it: the next
 * locker hears EOWNERDEAD (the kernel walked the dead thread's list). */
static pthread_mutex_t robust;

static void *lock_and_die(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&robust);
	return NULL;			/* still locked */
}

static void test_robust(void)
{
	pthread_mutexattr_t a;
	pthread_t th;
	int rc;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	pthread_mutex_init(&robust, &a);
	pthread_create(&th, NULL, lock_and_die, NULL);
	pthread_join(th, NULL);
	rc = pthread_mutex_lock(&robust);
	printf("robust mutex of a thread that ended holding it: %s\n", rc == EOWNERDEAD ? "EOWNERDEAD" : strerror(rc));
	if (rc == EOWNERDEAD)
		pthread_mutex_consistent(&robust);
	pthread_mutex_unlock(&robust);
}

/* --- pthread_exit, shared memory and descriptors --- */

static void deep(int n);
static void (*volatile deep_call)(int) = deep;	/* (GCC would call it endless) */

static void deep(int n)
{
	if (n > 0)
		deep_call(n - 1);
	pthread_exit((void *)77);	/* from five calls down */
}

static void *exiter(void *arg)
{
	(void)arg;
	deep(5);
	return (void *)1;
}

static char *shared_block;
static int pair[2];

static void *maker(void *arg)
{
	(void)arg;
	shared_block = malloc(1 << 20);		/* mmap'ed by both libcs */
	memset(shared_block, 'x', 1 << 20);
	shared_block[12345] = 'y';
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0)
		write(pair[0], "ping", 4);
	return NULL;
}

static void test_exit_and_sharing(void)
{
	pthread_t th;
	void *ret;
	char buf[8] = "";

	pthread_create(&th, NULL, exiter, NULL);
	pthread_join(th, &ret);
	printf("pthread_exit: join got %ld\n", (long)ret);

	pthread_create(&th, NULL, maker, NULL);
	pthread_join(th, NULL);
	printf("memory: main sees the block a thread allocated: %s\n",
	       yes(shared_block && shared_block[0] == 'x' && shared_block[12345] == 'y' && shared_block[(1 << 20) - 1] == 'x'));
	free(shared_block);
	printf("files: main reads from a socketpair a thread made: %s\n",
	       yes(read(pair[1], buf, 4) == 4 && memcmp(buf, "ping", 4) == 0));
	close(pair[0]);
	close(pair[1]);
}

/* --- fork and vfork from a threaded process --- */

static void *forker(void *arg)
{
	pid_t pid = fork();

	(void)arg;
	if (pid == 0) {
		/* The child has one thread: the one that forked, now its main. */
		_exit(gettid_() == getpid() ? 5 : 6);
	}
	return (void *)(intptr_t)pid;
}

static void test_fork_vfork(void)
{
	pthread_t th;
	void *ret;
	int status = -1;
	pid_t pid;

	pthread_create(&th, NULL, forker, NULL);
	pthread_join(th, &ret);
	pid = waitpid((pid_t)(intptr_t)ret, &status, 0);
	printf("fork in a thread: main reaps the child: %s, status %d\n", yes(pid == (intptr_t)ret),
	       WIFEXITED(status) ? WEXITSTATUS(status) : -1);

	pid = vfork();
	if (pid == 0)
		_exit(9);
	status = -1;
	waitpid(pid, &status, 0);
	printf("vfork: child status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* `threadtest vfork`: the child runs in our memory while we sleep.  (Not
 * compared with the host: qemu-user turns vfork into fork.) */
static int test_vfork_shares(void)
{
	volatile int touched = 0;
	struct timespec ms30 = { 0, 30 * 1000000 };
	int status = -1;
	pid_t pid = vfork();

	if (pid == 0) {
		nanosleep(&ms30, NULL);		/* the parent must not run meanwhile */
		touched = 1;			/* our parent's memory, as vfork shares it */
		_exit(9);
	}
	waitpid(pid, &status, 0);
	printf("vfork: the parent slept until the child exited and sees its write: %s, status %d\n",
	       yes(touched), WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	return 0;
}

/* --- clone's flag checks --- */

static void test_clone_flags(void)
{
	static const struct { const char *name; unsigned long flags; } bad[] = {
		{ "CLONE_SIGHAND without CLONE_VM", CLONE_SIGHAND },
		{ "CLONE_THREAD without CLONE_SIGHAND", CLONE_THREAD | CLONE_VM },
		{ "CLONE_FS with CLONE_NEWNS", CLONE_FS | CLONE_NEWNS },
	};

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		long r = syscall(SYS_clone, bad[i].flags | SIGCHLD, 0, NULL, 0, NULL);

		printf("clone %s: %ld %s\n", bad[i].name, r, r < 0 ? strerror(errno) : "");
		if (r == 0)
			_exit(0);
	}
}

/* --- the modes that end the process --- */

static void *sleeper(void *arg)
{
	pthread_mutex_lock(&gate_lock);
	while (!gate_open)
		pthread_cond_wait(&gate_cond, &gate_lock);
	pthread_mutex_unlock(&gate_lock);
	return arg;
}

static void *exit42(void *arg)
{
	struct timespec ms20 = { 0, 20 * 1000000 };

	(void)arg;
	nanosleep(&ms20, NULL);
	printf("thread: exit(42) while main waits in pthread_join\n");
	fflush(stdout);
	exit(42);
}

static void *faulter(void *arg)
{
	struct timespec ms20 = { 0, 20 * 1000000 };

	(void)arg;
	nanosleep(&ms20, NULL);
	printf("thread: writing through NULL\n");
	fflush(stdout);
	*(volatile int *)0 = 1;
	return NULL;
}

static void *late(void *arg)
{
	int n = (intptr_t)arg;
	struct timespec t = { 0, n * 30 * 1000000 };

	nanosleep(&t, NULL);
	printf("thread %d: still running after main's pthread_exit, getpid the same: %s\n", n,
	       yes(getpid() == main_pid));
	fflush(stdout);
	if (n == 3)
		exit(3);
	return NULL;
}

/* `threadtest madvise`: MADV_DONTNEED gives pages back, as glibc does
 * with the stacks of ended threads; they read as zeros again.  (Not
 * compared with the host: qemu-user ignores madvise.) */
static int test_madvise(void)
{
	char *m = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int r;

	m[0] = m[4096] = 'z';
	r = madvise(m, 4096, MADV_DONTNEED);
	printf("madvise DONTNEED: %d, the page reads as zeros again: %s, its neighbour kept: %s\n",
	       r, yes(m[0] == 0), yes(m[4096] == 'z'));
	return munmap(m, 2 * 4096);
}

/* `threadtest hostile`: bad arguments get Linux's errors, and what a
 * thread leaves behind at exit cannot hurt the kernel. */
struct user_desc_ {
	unsigned int entry_number, base_addr, limit;
	unsigned int flags;
};

static const int ro_word = 5;			/* in .rodata: read-only */
struct robust_node { struct robust_node *next; };
static struct { struct robust_node *next; long offset; void *pending; } looping_head;
static struct robust_node loop_node;

static void *loop_robust(void *arg)
{
	(void)arg;
	loop_node.next = &loop_node;		/* a list that never ends */
	looping_head.next = &loop_node;
	looping_head.offset = 0;
	return (void *)syscall(SYS_set_robust_list, &looping_head, sizeof(looping_head));
}

static int test_hostile(void)
{
	static char stack[4096];
	const unsigned long thread_flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
					   CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS;
	struct user_desc_ ud = { .entry_number = (unsigned)-1, .limit = 0xfffff, .flags = 0x51 };
	pthread_t th;
	void *ret;
	int status = -1;
	long r;
	pid_t pid;

	r = syscall(SYS_clone, thread_flags, stack + sizeof(stack), NULL, (void *)1, NULL);
	printf("clone with a TLS descriptor at address 1: %ld %s\n", r, strerror(errno));
	r = syscall(SYS_clone, thread_flags, stack + sizeof(stack), NULL, &ud, NULL);
	printf("clone with TLS entry -1 (\"any free\"): %ld %s\n", r, strerror(errno));
	r = syscall(SYS_set_robust_list, &looping_head, 4);
	printf("set_robust_list with a wrong size: %ld %s\n", r, strerror(errno));
	r = syscall(SYS_get_robust_list, 0x3ffffff0, &ret, &r);
	printf("get_robust_list of no such thread: %ld %s\n", r, strerror(errno));
	r = syscall(SYS_futex, (void *)&ro_word, FUTEX_WAKE_OP, 1, 1, (void *)&ro_word, 0);
	printf("futex WAKE_OP on read-only memory: %ld %s\n", r, strerror(errno));

	pthread_create(&th, NULL, loop_robust, NULL);
	pthread_join(th, &ret);
	printf("a thread with an endless robust list (set: %ld) ended and was joined\n", (long)ret);

	pid = vfork();
	if (pid == 0) {
		syscall(SYS_set_tid_address, (void *)&ro_word);	/* cleared at exit: it cannot be */
		_exit(0);
	}
	waitpid(pid, &status, 0);
	printf("vfork child whose tid address is read-only: status %d\n", WEXITSTATUS(status));
	return 0;
}

/* `threadtest bomb`: threads until the kernel says no (EAGAIN), then all
 * joined.  Not compared with Linux, whose limit is in the thousands. */
static void *bomb_thread(void *arg)
{
	pthread_mutex_lock(&gate_lock);
	while (!gate_open)
		pthread_cond_wait(&gate_cond, &gate_lock);
	pthread_mutex_unlock(&gate_lock);
	return arg;
}

static int test_bomb(void)
{
	static pthread_t th[1000];
	int n = 0, rc = 0;
	pthread_attr_t a;

	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 65536);
	while (n < 1000 && (rc = pthread_create(&th[n], &a, bomb_thread, NULL)) == 0)
		n++;
	pthread_mutex_lock(&gate_lock);
	gate_open = 1;
	pthread_cond_broadcast(&gate_cond);
	pthread_mutex_unlock(&gate_lock);
	for (int i = 0; i < n; i++)
		pthread_join(th[i], NULL);
	printf("bomb: pthread_create said %s after %s threads; all joined\n", rc == EAGAIN ? "EAGAIN" : strerror(rc),
	       n > 16 ? "many" : "few");
	return 0;
}

static int run_mode(const char *mode)
{
	pthread_t th, s;

	setvbuf(stdout, NULL, _IONBF, 0);
	if (!strcmp(mode, "vfork"))
		return test_vfork_shares();
	if (!strcmp(mode, "madvise"))
		return test_madvise();
	if (!strcmp(mode, "hostile"))
		return test_hostile();
	if (!strcmp(mode, "bomb"))
		return test_bomb();
	if (!strcmp(mode, "mainexit")) {
		for (intptr_t i = 1; i <= 3; i++)
			pthread_create(&th, NULL, late, (void *)i);
		printf("main: pthread_exit\n");
		pthread_exit(NULL);
	}
	pthread_create(&s, NULL, sleeper, NULL);	/* must die too */
	pthread_create(&th, NULL, !strcmp(mode, "fault") ? faulter : exit42, NULL);
	pthread_join(th, NULL);
	printf("main: the join returned: wrong\n");
	return 1;
}

int main(int argc, char **argv)
{
	main_pid = getpid();
	main_ppid = getppid();
	if (argc > 1)
		return run_mode(argv[1]);
	printf("main: gettid == getpid: %s\n", yes(gettid_() == main_pid));
	test_workers();
	test_many();
	test_queue();
	test_timeouts();
	test_futex_wake();
	test_requeue();
	test_robust();
	test_exit_and_sharing();
	test_fork_vfork();
	test_clone_flags();
	printf("done\n");
	return 0;
}
