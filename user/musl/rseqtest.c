/* musl/rseqtest: rseq(2), restartable sequences, as on Linux: registering and
 * unregistering (and the errors for doing it wrong), the CPU number the
 * kernel keeps current, and a critical section that is abandoned for its
 * abort handler when its thread is preempted.
 *
 * glibc registers an area for every thread itself; we unregister it first
 * (as its glibc.pthread.rseq=0 tunable would), so that both libcs run the
 * same steps.  CPU numbers are only compared, never printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef SYS_rseq
#define SYS_rseq 386
#endif
#define RSEQ_SIG	0x53053053	/* x86's: also glibc's */

struct rseq_area {
	uint32_t cpu_id_start, cpu_id;
	uint64_t rseq_cs;
	uint32_t flags, node_id, mm_cid;
} __attribute__((aligned(32)));

extern const unsigned int __rseq_size __attribute__((weak));
extern const ptrdiff_t __rseq_offset __attribute__((weak));

static long rseq(void *area, unsigned len, int flags, unsigned sig)
{
	return syscall(SYS_rseq, area, len, flags, sig);
}

/* If the C library registered an area for this thread, take it back. */
static void unregister_libc(void)
{
	char *tp;

	if (!&__rseq_size || !__rseq_size)
		return;
	asm("movl %%gs:0, %0" : "=r"(tp));	/* i386: the thread pointer */
	/* (EINVAL: this thread has none — glibc registers a new thread's
	 * only while the first thread's registration stands.) */
	rseq(tp + __rseq_offset, __rseq_size < 32 ? 32 : __rseq_size, 1, RSEQ_SIG);
}

static const char *err(long r) { return r < 0 ? strerror(errno) : "ok"; }

static __thread struct rseq_area area;
static struct rseq_area other;
static volatile int aborted, t_cleared;

/* Spin inside a critical section until preemption moves us to the abort
 * handler.  The descriptor (struct rseq_cs) and the signature before the
 * abort label are what the kernel checks. */
static __attribute__((noinline)) void spin_in_section(struct rseq_area *rs)
{
	asm volatile(
		".pushsection .data\n\t"
		".balign 32\n"
		"3:\t.long 0, 0\n\t"		/* version, flags */
		".long 1f, 0\n\t"		/* start_ip */
		".long 2f - 1f, 0\n\t"		/* post_commit_offset */
		".long 4f, 0\n\t"		/* abort_ip */
		".popsection\n\t"
		"movl $3b, 8(%0)\n\t"		/* rs->rseq_cs = &descriptor */
		"movl $0, 12(%0)\n"
		"1:\tjmp 1b\n"			/* the section: forever, unless aborted */
		"2:\n\t"
		".long 0x53053053\n"		/* RSEQ_SIG, just before abort_ip */
		"4:\n"
		: : "r"(rs) : "memory");
}

static void *section_thread(void *arg)
{
	long r;

	(void)arg;
	unregister_libc();
	r = rseq(&area, sizeof(area), 0, RSEQ_SIG);
	if (r) {
		printf("thread: rseq: %s\n", err(r));
		return NULL;
	}
	spin_in_section(&area);
	aborted = 1;
	t_cleared = area.rseq_cs == 0;
	rseq(&area, sizeof(area), 1, RSEQ_SIG);
	return NULL;
}

int main(void)
{
	struct timespec t0, t;
	pthread_t th;
	cpu_set_t one;
	long r;

	setvbuf(stdout, NULL, _IONBF, 0);
	unregister_libc();
	r = rseq(&area, sizeof(area), 0, RSEQ_SIG);
	printf("register: %s; the kernel set cpu_id: %s\n", err(r), area.cpu_id < 4096 ? "yes" : "no");
	r = rseq(&area, sizeof(area), 0, RSEQ_SIG);
	printf("register the same area again: %s\n", err(r));
	r = rseq(&area, sizeof(area), 0, RSEQ_SIG + 1);
	printf("register it again with another signature: %s\n", err(r));
	r = rseq(&other, sizeof(other), 0, RSEQ_SIG);
	printf("register a second area: %s\n", err(r));
	r = rseq(&area, sizeof(area), 1, RSEQ_SIG + 1);
	printf("unregister with the wrong signature: %s\n", err(r));
	r = rseq(&area, sizeof(area), 1, RSEQ_SIG);
	printf("unregister: %s; cpu_id is now %d\n", err(r), (int)area.cpu_id);
	r = rseq(&area, sizeof(area), 1, RSEQ_SIG);
	printf("unregister again: %s\n", err(r));
	r = rseq((char *)&other + 4, sizeof(other), 0, RSEQ_SIG);
	printf("register a misaligned area: %s\n", err(r));
	r = rseq(&other, 16, 0, RSEQ_SIG);
	printf("register 16 bytes: %s\n", err(r));
	r = rseq(&other, sizeof(other), 2, RSEQ_SIG);
	printf("unknown flag: %s\n", err(r));

	/* One CPU for both threads, so that they take turns (on Linux: the
	 * kernel here has only one). */
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	sched_setaffinity(0, sizeof(one), &one);
	pthread_create(&th, NULL, section_thread, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	do {
		clock_gettime(CLOCK_MONOTONIC, &t);
	} while (!aborted && t.tv_sec - t0.tv_sec < 10);
	pthread_join(th, NULL);
	printf("a thread preempted inside its critical section went to the abort handler: %s; rseq_cs cleared: %s\n",
	       aborted ? "yes" : "no", t_cleared ? "yes" : "no");
	return 0;
}
