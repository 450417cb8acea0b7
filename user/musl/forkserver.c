/* musl/forkserver: the TCP echo server of Stevens, UNP ch. 5 (tcpserv04):
 * one child per client, and a SIGCHLD handler that reaps every child that
 * has ended with a waitpid(-1, WNOHANG) loop, so no zombie is left; the
 * accept loop goes on when a SIGCHLD interrupts accept (EINTR: the handler
 * is installed without SA_RESTART, as on systems that do not restart).
 *
 * "forkserver PORT N" serves N clients (forkclient), two at a time: after
 * every second connection it tells the last two children, with SIGUSR1, to
 * greet their clients with "go" — so both must be connected at once — and
 * the next clients connect later (forkclient's delay), while the first
 * children are ending: their SIGCHLD comes while the server sleeps in
 * accept.  At the end it waits for the handler to have reaped all N, and
 * checks with waitpid(-1, WNOHANG) that no child is left (ECHILD). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>

static volatile sig_atomic_t reaped, bad_status;

static void sig_chld(int signo)
{
	int stat, saved = errno;
	pid_t pid;

	(void)signo;
	while ((pid = waitpid(-1, &stat, WNOHANG)) > 0) {
		reaped++;
		if (!WIFEXITED(stat) || WEXITSTATUS(stat) != 0)
			bad_status++;
	}
	errno = saved;
}

/* The child: wait for the parent's word, greet, echo until EOF. */
static void str_echo(int fd)
{
	sigset_t usr1;
	char buf[512];
	ssize_t n;
	int sig;

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	if (sigwait(&usr1, &sig) != 0 || write(fd, "go\n", 3) != 3)
		_exit(1);
	for (;;) {
		n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if (write(fd, buf, (size_t)n) != n)
			_exit(1);
	}
	_exit(n < 0 ? 1 : 0);
}

int main(int argc, char **argv)
{
	struct sockaddr_in a;
	struct sigaction sa;
	sigset_t usr1, chld, old;
	pid_t kids[64];
	int lfd, n, served = 0, one = 1, eintr = 0;

	if (argc != 3 || (n = atoi(argv[2])) <= 0 || n > 64) {
		fprintf(stderr, "usage: forkserver PORT N\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)atoi(argv[1]));
	a.sin_addr.s_addr = htonl(INADDR_ANY);
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(lfd, 8) < 0) {
		perror("forkserver: socket/bind/listen");
		return 1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = sig_chld;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;		/* no SA_RESTART: accept sees EINTR */
	sigaction(SIGCHLD, &sa, NULL);
	/* The children inherit SIGUSR1 blocked, so an early word waits. */
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);

	while (served < n) {
		int cfd = accept(lfd, NULL, NULL);
		pid_t pid;

		if (cfd < 0) {
			if (errno == EINTR) {
				eintr++;
				continue;	/* a child ended: back to accept */
			}
			perror("forkserver: accept");
			return 1;
		}
		pid = fork();
		if (pid == 0) {
			close(lfd);
			str_echo(cfd);
		}
		close(cfd);
		if (pid < 0) {
			perror("forkserver: fork");
			return 1;
		}
		kids[served++] = pid;
		if (served % 2 == 0 || served == n) {
			for (int i = (served - 1) & ~1; i < served; i++)
				kill(kids[i], SIGUSR1);
		}
	}
	close(lfd);

	/* Sleep until the handler has reaped them all. */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &old);
	sigdelset(&old, SIGCHLD);
	while (reaped < n)
		sigsuspend(&old);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
	printf("forkserver: served %d clients, the SIGCHLD handler reaped %d, all exited 0: %s\n", served, (int)reaped,
	       bad_status ? "no" : "yes");
	printf("forkserver: accept was interrupted by SIGCHLD: %s\n", eintr ? "yes" : "no");
	errno = 0;
	pid_t w = waitpid(-1, NULL, WNOHANG);
	printf("forkserver: no zombies left: waitpid(-1, WNOHANG) = %d, %s\n", (int)w,
	       errno == ECHILD ? "ECHILD" : strerror(errno));
	return 0;
}
