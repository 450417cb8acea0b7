/* atomicwrite: two processes write lines to the console at the same time,
 * each line one writev() of three pieces.  A write to a terminal is not cut
 * by another process's write, on Linux or here, so every line must come
 * out whole — however the scheduler interleaves the two processes. */
#include "ulib.h"
#include "linux/uio.h"

static void writer(const char *who)
{
	static const char *const piece[2] = { " writes one line", " in three pieces\n" };
	struct iovec iov[3] = {
		{ (void *)who, strlen(who) },
		{ (void *)piece[0], strlen(piece[0]) },
		{ (void *)piece[1], strlen(piece[1]) },
	};

	for (int i = 0; i < 300; i++) {
		writev(1, iov, 3);
		for (volatile int j = 0; j < 20000; j++)	/* be preempted now and then */
			;
	}
}

int main(void)
{
	pid_t pid = fork();

	writer(pid == 0 ? "child " : "parent");
	if (pid == 0)
		exit(0);
	waitpid(pid, NULL, 0);
	return 0;
}
