/* orphan: a process whose parent exits is adopted by process 1, which
 * then reaps it — run this as the first module, so it is process 1 (on a
 * Linux host the adopter is the system's init instead, so only socket86
 * is tested with it).  Checks getppid() before and after, and that the
 * adopter's wait4 collects the orphan's status. */
#include "ulib.h"

int main(void)
{
	int status;
	pid_t a, b;

	printf("orphan: I am process %d\n", getpid());
	a = fork();
	if (a == 0) {
		b = fork();
		if (b == 0) {
			struct timespec ts = { 0, 50 * 1000 * 1000 };
			pid_t before = getppid();

			nanosleep(&ts, NULL);		/* meanwhile, our parent exits */
			printf("grandchild: parent was the child: %s; now it is process %d\n",
			       before != 1 ? "yes" : "no", getppid());
			exit(7);
		}
		{
			struct timespec ts = { 0, 10 * 1000 * 1000 };	/* let it look first */
			nanosleep(&ts, NULL);
		}
		exit(3);
	}
	waitpid(a, &status, 0);
	printf("orphan: child exited with %d\n", WEXITSTATUS(status));
	/* The grandchild is ours now: wait4(-1) finds it. */
	b = waitpid(-1, &status, 0);
	printf("orphan: reaped the adopted grandchild: %s, status %d\n", b > 0 ? "yes" : "no",
	       WEXITSTATUS(status));
	printf("orphan: no children left: %s\n", waitpid(-1, &status, 0) < 0 && errno == ECHILD ? "yes" : "no");
	return 0;
}
