/* netdemo: the default demo of `make qemu` — two processes talk TCP over
 * the loopback device.  The parent is the server, the child the client;
 * each step prints the system call it made and what came back, so the
 * console shows the connection being made (socket, bind, listen, connect,
 * accept), data going both ways, and the orderly close (shutdown, FIN,
 * end of stream).  Boot with PCAP=lo.pcap to see the same conversation as
 * packets: make qemu PCAP=lo.pcap; tshark -r lo.pcap. */
#include "ulib.h"
#include "linux/in.h"

#define PORT 7007

static struct sockaddr_in server_addr(void)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons(PORT);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static void client(void)
{
	struct sockaddr_in a = server_addr();
	char buf[64];
	long n;
	int fd;

	fd = socket(AF_INET, SOCK_STREAM, 0);
	printf("client: socket(AF_INET, SOCK_STREAM) = %d\n", fd);
	printf("client: connect(127.0.0.1:%d) = %d   <- SYN, SYN-ACK, ACK\n", PORT,
	       connect(fd, (struct sockaddr *)&a, sizeof(a)));
	n = send(fd, "hello, server", 13, 0);
	printf("client: send(\"hello, server\") = %ld\n", n);
	n = recv(fd, buf, sizeof(buf) - 1, 0);
	buf[n > 0 ? n : 0] = '\0';
	printf("client: recv() = %ld \"%s\"\n", n, buf);
	printf("client: shutdown(SHUT_WR) = %d   <- FIN\n", shutdown(fd, SHUT_WR));
	n = recv(fd, buf, sizeof(buf), 0);
	printf("client: recv() = %ld (the server closed too)\n", n);
	close(fd);
	exit(0);
}

int main(void)
{
	struct sockaddr_in a = server_addr(), peer;
	socklen_t len = sizeof(peer);
	char buf[64];
	int ls, fd, one = 1, status;
	long n;
	pid_t pid;

	printf("netdemo: a TCP conversation between two processes, over the loopback device\n");
	ls = socket(AF_INET, SOCK_STREAM, 0);
	printf("server: socket(AF_INET, SOCK_STREAM) = %d\n", ls);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	printf("server: bind(127.0.0.1:%d) = %d\n", PORT, bind(ls, (struct sockaddr *)&a, sizeof(a)));
	printf("server: listen() = %d\n", listen(ls, 5));

	pid = fork();
	if (pid == 0) {
		close(ls);
		client();
	}
	fd = accept(ls, (struct sockaddr *)&peer, &len);
	printf("server: accept() = %d, a connection from 127.0.0.1:%s\n", fd,
	       ntohs(peer.sin_port) >= 32768 ? "(an ephemeral port)" : "?");
	n = recv(fd, buf, sizeof(buf) - 1, 0);
	buf[n > 0 ? n : 0] = '\0';
	printf("server: recv() = %ld \"%s\"\n", n, buf);
	n = send(fd, "hello, client", 13, 0);
	printf("server: send(\"hello, client\") = %ld\n", n);
	n = recv(fd, buf, sizeof(buf), 0);
	printf("server: recv() = %ld (end of stream: the client sent FIN)\n", n);
	printf("server: close() = %d   <- FIN\n", close(fd));
	close(ls);
	waitpid(pid, &status, 0);
	printf("netdemo: the client exited with status %d; done\n", WEXITSTATUS(status));
	return 0;
}
