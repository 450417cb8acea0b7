/* forktest: fork 32 children, child i exits with status i + 1, and the
 * parent reaps them all with wait4(-1, ...).  Children print nothing: their
 * order depends on the scheduler.  The parent prints what it collected in
 * sorted order, so the transcript is the same on any kernel. */
#include "ulib.h"

#define NCHILD 32

int main(void)
{
	pid_t pids[NCHILD];
	int codes[NCHILD];
	int i, j, n = 0, pids_ok = 1;

	for (i = 0; i < NCHILD; i++) {
		pids[i] = fork();
		if (pids[i] < 0) {
			printf("fork %d failed: %s\n", i, errno_name(errno));
			return 1;
		}
		if (pids[i] == 0)
			_exit(i + 1);
	}
	printf("forktest: forked %d children\n", NCHILD);

	for (;;) {
		int status;
		pid_t pid = wait4(-1, &status, 0, NULL);

		if (pid < 0) {
			/* ECHILD: nobody left to wait for */
			printf("wait4 finally says: %s\n", errno_name(errno));
			break;
		}
		if (!WIFEXITED(status)) {
			printf("a child did not exit normally (status 0x%x)\n", status);
			continue;
		}
		/* The pid must be one we forked, and the one that got this code. */
		if (n >= NCHILD || WEXITSTATUS(status) < 1 ||
		    WEXITSTATUS(status) > NCHILD ||
		    pids[WEXITSTATUS(status) - 1] != pid)
			pids_ok = 0;
		if (n < NCHILD)
			codes[n++] = WEXITSTATUS(status);
	}

	/* Insertion sort: tiny and obviously correct. */
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && codes[j - 1] > codes[j]; j--) {
			int t = codes[j];

			codes[j] = codes[j - 1];
			codes[j - 1] = t;
		}
	for (i = 0; i < n; i++)
		printf("child %d exited with status %d\n", codes[i] - 1, codes[i]);
	printf("reaped %d children, pids matched: %s\n", n, pids_ok ? "yes" : "no");
	printf("forktest: done\n");
	return 0;
}
