/* musl/forksleep: fork, sleep and wait the libc way.  The child sleeps
 * 100 ms and exits with 7; the parent times waitpid with clock_gettime.
 * stdout is flushed before fork so buffered text is not printed twice. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
	struct timespec t0, t1, nap = { 0, 100 * 1000 * 1000 };
	int status;
	long ms;
	pid_t pid;

	printf("forksleep: forking\n");
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return 1;
	}
	if (pid == 0) {
		nanosleep(&nap, NULL);
		_exit(7);
	}
	if (waitpid(pid, &status, 0) != pid) {
		perror("waitpid");
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	printf("child exited: %s, status %d\n", WIFEXITED(status) ? "yes" : "no",
	       WEXITSTATUS(status));
	printf("waited at least 100ms: %s\n", ms >= 100 ? "yes" : "no");
	printf("forksleep: done\n");
	return 0;
}
