/* tcpbulk: a megabyte through a TCP connection between two processes, with
 * a reader that is slower than the writer — so the receive window fills,
 * the blocking send() sleeps, and every window update the reader sends
 * must wake it.  Checks that every byte arrives, in order, once.  Also a
 * non-blocking sender: it gets EAGAIN (or a short count) once the window
 * and the send buffer are full, and all it was told it sent arrives. */
#include "ulib.h"
#include "linux/in.h"

#define TOTAL	(1 << 20)
#define CHUNK	65536

static unsigned char pattern(unsigned long i) { return (unsigned char)(i * 7 + (i >> 10)); }

static void tcp_pair(int *client, int *server)
{
	struct sockaddr_in a;
	socklen_t len = sizeof(a);
	int l = socket(AF_INET, SOCK_STREAM, 0);

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(l, (struct sockaddr *)&a, sizeof(a));
	listen(l, 1);
	getsockname(l, (struct sockaddr *)&a, &len);
	*client = socket(AF_INET, SOCK_STREAM, 0);
	connect(*client, (struct sockaddr *)&a, sizeof(a));
	*server = accept(l, NULL, NULL);
	close(l);
}

static unsigned char buf[CHUNK];

int main(void)
{
	int c, s, status, ok = 1;
	unsigned long got = 0, sent = 0;
	long n;
	pid_t pid;

	tcp_pair(&c, &s);
	pid = fork();
	if (pid == 0) {			/* the writer */
		close(s);
		while (sent < TOTAL) {
			for (int i = 0; i < CHUNK; i++)
				buf[i] = pattern(sent + i);
			n = send(c, buf, CHUNK, 0);
			if (n <= 0)
				exit(1);
			sent += n;
		}
		close(c);
		exit(0);
	}
	close(c);
	while ((n = recv(s, buf, 1000, 0)) > 0) {	/* the slow reader */
		for (long i = 0; i < n; i++)
			ok &= buf[i] == pattern(got + i);
		got += n;
		if (got % (64 * 1000) == 0) {
			struct timespec ts = { 0, 1000000 };	/* 1 ms now and then */
			nanosleep(&ts, NULL);
		}
	}
	waitpid(pid, &status, 0);
	printf("blocking: received %lu bytes, in order: %s, writer status %d\n", got,
	       ok ? "yes" : "no", WEXITSTATUS(status));

	/* Non-blocking: fill until EAGAIN, then drain and count. */
	tcp_pair(&c, &s);
	fcntl(c, F_SETFL, O_NONBLOCK);
	sent = 0;
	for (;;) {
		n = send(c, buf, CHUNK, 0);
		if (n < 0)
			break;
		sent += n;
	}
	printf("non-blocking: send stopped with %s after some bytes: %s\n", errno_name(errno),
	       sent > 0 ? "yes" : "no");
	close(c);
	got = 0;
	while ((n = recv(s, buf, sizeof(buf), 0)) > 0)
		got += n;
	printf("non-blocking: everything sent arrived: %s\n", got == sent ? "yes" : "no");
	close(s);
	return 0;
}
