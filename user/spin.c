/* spin: a child that never makes a system call must still be preemptible
 * (timer interrupt) and killable.  The parent sleeps 100 ms, kills the
 * spinning child with SIGKILL, then a second one with SIGTERM, and checks
 * how each died through the wait status. */
#include "ulib.h"

static void spin_and_kill(int sig)
{
	struct timespec ts = { 0, 100 * 1000 * 1000 };
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		printf("fork failed: %s\n", errno_name(errno));
		exit(1);
	}
	if (pid == 0)
		for (;;)
			;               /* pure user-mode loop, no syscalls */

	nanosleep(&ts, NULL);
	if (kill(pid, sig) < 0)
		printf("kill failed: %s\n", errno_name(errno));
	if (wait4(pid, &status, 0, NULL) != pid) {
		printf("wait4 failed: %s\n", errno_name(errno));
		exit(1);
	}
	printf("%s: WIFSIGNALED=%d WTERMSIG=%s\n", signal_name(sig),
	       WIFSIGNALED(status) ? 1 : 0,
	       WIFSIGNALED(status) ? signal_name(WTERMSIG(status)) : "-");
}

int main(void)
{
	spin_and_kill(SIGKILL);
	spin_and_kill(SIGTERM);
	printf("spin: done\n");
	return 0;
}
