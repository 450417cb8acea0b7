/* hostile: system calls that once let a program hurt the kernel (found in
 * review), each now a case that must leave the kernel standing:
 *  tls   — load %fs with a TLS slot, then clear the slot with
 *          set_thread_area: the way back to user mode would fault inside
 *          the kernel unless the stale selector is dropped first;
 *  sleep — a datagram sender asleep on a full receiver's queue while the
 *          receiver is closed: the receiver must not be freed under the
 *          sleeper, whose wake-up would then write into reused memory
 *          (it showed as a name overwritten in a later message).
 *  fpu   — a child changes the x87 control word and fills the register
 *          stack: the parent's FPU must be untouched (per-process state);
 *  stop  — SIGSTOP must not kill the process: it stops until SIGCONT
 *          (the parent sees the stop with WUNTRACED, then continues it).
 * `hostile tls|sleep|fpu|stop`; prints what happened, exits 0. */
#include "ulib.h"
#include "asm/ldt.h"
#include "asm/unistd_32.h"
#include "linux/un.h"

static void tls_case(void)
{
	struct user_desc d = { .entry_number = -1, .limit = 0xfffff, .seg_32bit = 1,
			       .limit_in_pages = 1, .useable = 1 };
	struct user_desc clear = { 0 };
	unsigned int sel, fs;

	set_thread_area(&d);
	sel = d.entry_number * 8 + 3;
	asm volatile("movl %0, %%fs" : : "r"(sel));
	clear.entry_number = d.entry_number;
	clear.seg_not_present = 1;
	clear.read_exec_only = 1;
	printf("tls: clearing the slot %%fs uses: %ld\n", __syscall6(__NR_set_thread_area, (long)&clear, 0, 0, 0, 0, 0));
	asm volatile("movl %%fs, %0" : "=r"(fs));
	printf("tls: still alive, %%fs is now %s\n", fs == 0 ? "null" : "unchanged");
}

static int bound_dgram(const char *name, int len, struct sockaddr_un *a)
{
	int fd = socket(AF_UNIX, SOCK_DGRAM, 0);

	memset(a, 0, sizeof(*a));
	a->sun_family = AF_UNIX;
	memcpy(a->sun_path, name, len);
	bind(fd, (struct sockaddr *)a, 2 + len);
	return fd;
}

static void sleep_case(void)
{
	struct sockaddr_un ra, ta, ua, from;
	struct timespec ts = { 0, 200 * 1000 * 1000 };
	char longname[108], payload[100], buf[200];
	socklen_t fl = sizeof(from);
	int r, t, u, ok = 1;
	pid_t pid;

	memset(longname, 'A', sizeof(longname));
	longname[0] = 0;
	r = bound_dgram("\0r", 2, &ra);
	t = bound_dgram("\0t", 2, &ta);
	u = bound_dgram(longname, 108, &ua);
	pid = fork();
	if (pid == 0) {
		int s = socket(AF_UNIX, SOCK_DGRAM, 0);

		close(r);
		for (int i = 0; i < 11; i++)	/* the 11th sleeps: the queue holds 10 */
			sendto(s, "x", 1, 0, (struct sockaddr *)&ra, 4);
		_exit(0);
	}
	nanosleep(&ts, NULL);
	close(r);				/* the receiver goes; the sender wakes */
	memset(payload, 'B', sizeof(payload));
	sendto(u, payload, sizeof(payload), 0, (struct sockaddr *)&ta, 4);
	nanosleep(&ts, NULL);
	recvfrom(t, buf, sizeof(buf), 0, (struct sockaddr *)&from, &fl);
	for (int i = 1; i < 108; i++)
		ok &= from.sun_path[i] == 'A';
	printf("sleep: the sender's name arrived intact: %s\n", ok ? "yes" : "no");
	waitpid(pid, NULL, 0);
}

static unsigned short fpu_cw(void)
{
	unsigned short cw;

	asm volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void fpu_case(void)
{
	unsigned short before = fpu_cw();
	pid_t pid = fork();

	if (pid == 0) {
		unsigned short cw = 0x0c7f;		/* round toward zero */

		asm volatile("fldcw %0" : : "m"(cw));
		asm volatile("fld1; fld1; fld1; fld1; fld1; fld1; fld1; fld1");
		for (volatile int i = 0; i < 3000000; i++)	/* be preempted */
			;
		_exit(0);
	}
	for (volatile int i = 0; i < 3000000; i++)
		;
	waitpid(pid, NULL, 0);
	printf("fpu: the parent's control word is its own: %s\n", fpu_cw() == before ? "yes" : "no");
}

static void stop_case(void)
{
	int status = 0;
	pid_t pid = fork();

	if (pid == 0) {
		kill(getpid(), SIGSTOP);
		printf("stop: alive after SIGSTOP\n");
		_exit(0);
	}
	waitpid(pid, &status, WUNTRACED);
	printf("stop: child stopped, status %#x\n", status);
	kill(pid, SIGCONT);
	waitpid(pid, &status, 0);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "tls"))
		tls_case();
	else if (argc > 1 && !strcmp(argv[1], "sleep"))
		sleep_case();
	else if (argc > 1 && !strcmp(argv[1], "fpu"))
		fpu_case();
	else if (argc > 1 && !strcmp(argv[1], "stop"))
		stop_case();
	else
		printf("usage: hostile tls|sleep|fpu|stop\n");
	return 0;
}
