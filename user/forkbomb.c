/* forkbomb: fork until fork fails (or argv[1] forks, default 1000), then
 * kill and reap every child.  Tests that the kernel refuses cleanly with
 * EAGAIN when it runs out of process slots, and frees them all again.
 * Not compared with Linux: its limit differs, hence the cap. */
#include "ulib.h"

#define MAXPIDS 4096

static pid_t pids[MAXPIDS];

int main(int argc, char **argv)
{
	int cap = argc > 1 ? atoi(argv[1]) : 1000;
	int n = 0, reaped = 0, fail = 0, i;

	if (cap > MAXPIDS)
		cap = MAXPIDS;
	while (n < cap) {
		pid_t pid = fork();

		if (pid < 0) {
			fail = errno;
			break;
		}
		if (pid == 0) {
			/* Stay alive long enough to hold the slot, then go. */
			struct timespec ts = { 2, 0 };

			nanosleep(&ts, NULL);
			_exit(0);
		}
		pids[n++] = pid;
	}
	if (fail)
		printf("fork failed: %s\n", errno_name(fail));
	else
		printf("fork cap reached\n");

	/* A child that already exited is a zombie: kill still succeeds. */
	for (i = 0; i < n; i++)
		kill(pids[i], SIGKILL);
	while (wait4(-1, NULL, 0, NULL) > 0)
		reaped++;
	printf("forkbomb: forked %s, reaped %s\n", n > 0 ? "some" : "none",
	       reaped == n ? "all" : "NOT all");
	return 0;
}
