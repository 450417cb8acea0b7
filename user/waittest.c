/* waittest: the corners of waiting for children — WNOHANG while a child
 * still runs, the old waitpid system call (7) next to wait4 (114), status
 * words for exit and for signals, ECHILD, kill with signal 0 and on a
 * process that is gone, and sched_yield.  Runs natively on Linux too; the
 * test compares the transcripts. */
#include "ulib.h"
#include "asm/unistd_32.h"

static void show(const char *what, long r)
{
	if (r < 0)
		printf("%s: -1 %s\n", what, errno_name(errno));
	else
		printf("%s: %ld\n", what, r);
}

static long raw_waitpid(pid_t pid, int *status, int options)
{
	long r = __syscall6(__NR_waitpid, pid, (long)status, options, 0, 0, 0);

	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r;
}

int main(void)
{
	struct timespec ts = { 0, 100 * 1000 * 1000 };
	int status = -1;
	pid_t pid;

	show("waitpid(-1) with no children", waitpid(-1, &status, 0));
	pid = fork();
	if (pid == 0) {
		nanosleep(&ts, NULL);
		exit(42);
	}
	show("wait4(WNOHANG) while the child sleeps", wait4(pid, &status, WNOHANG, NULL));
	show("kill(child, 0)", kill(pid, 0));
	show("sched_yield()", sched_yield());
	show("waitpid(7) for the child", raw_waitpid(pid, &status, 0) == pid);
	printf("status word: 0x%04x WIFEXITED=%d WEXITSTATUS=%d\n", status, WIFEXITED(status), WEXITSTATUS(status));
	show("kill(reaped child, 0)", kill(pid, 0));
	show("kill(getpid(), 99)", kill(getpid(), 99));

	pid = fork();
	if (pid == 0)
		for (;;)
			;
	show("kill(spinner, SIGTERM)", kill(pid, SIGTERM));
	show("wait4 for the spinner", wait4(pid, &status, 0, NULL) == pid);
	printf("status word: 0x%04x WIFSIGNALED=%d WTERMSIG=%d\n", status, WIFSIGNALED(status), WTERMSIG(status));
	show("wait4(WNOHANG) with no children", wait4(-1, &status, WNOHANG, NULL));
	show("wait4 with bad options", wait4(-1, &status, 0x4000000, NULL));
	return 0;
}
