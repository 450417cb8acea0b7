/* memhog: a program that takes all the memory there is.  mmap must fail
 * with ENOMEM (not crash anything), fork and socket calls made while
 * memory is gone must fail cleanly, and once the hog lets go, everything
 * works again.  Not compared with Linux (whose overcommit and OOM killer
 * behave differently): the test checks the kernel's side. */
#include "ulib.h"
#include "linux/in.h"

#define CHUNK	(1 << 20)

int main(void)
{
	static void *chunks[1024];
	int n = 0, sv[2], r;
	pid_t pid;

	/* More than the address space has room for: refused, not wrapped. */
	printf("memhog: mmap of 3 GiB: %s\n",
	       mmap(NULL, 0xBF000000u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED
	       ? errno_name(errno) : "mapped!?");
	while (n < 1024) {
		void *p = mmap(NULL, CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (p == MAP_FAILED)
			break;
		chunks[n++] = p;
	}
	printf("memhog: mmap failed with %s after %s\n", errno_name(errno), n > 16 ? "many MiB" : "few MiB");
	/* With memory gone, these fail or succeed, but cleanly. */
	pid = fork();
	if (pid == 0)
		_exit(0);
	if (pid > 0)
		waitpid(pid, NULL, 0);
	r = socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	if (r == 0) {
		send(sv[0], "x", 1, MSG_DONTWAIT);
		close(sv[0]);
		close(sv[1]);
	}
	while (n > 0)
		munmap(chunks[--n], CHUNK);
	/* And now it all works again. */
	pid = fork();
	if (pid == 0)
		_exit(5);
	waitpid(pid, &r, 0);
	printf("memhog: after letting go, fork works: %s\n", WEXITSTATUS(r) == 5 ? "yes" : "no");
	r = socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	printf("memhog: and sockets too: %s\n", r == 0 && send(sv[0], "y", 1, 0) == 1 ? "yes" : "no");
	return 0;
}
