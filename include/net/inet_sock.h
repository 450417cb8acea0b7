/* include/net/inet_sock.h — what an AF_INET socket adds to struct sock:
 * its addresses and ports (network byte order, as on the wire, except
 * inet_num, the local port in host order), and the protocol it speaks.
 *
 * Each protocol (UDP, TCP) keeps the sockets bound to a port on its own
 * list (struct proto's bind_list), which bind, the ephemeral-port search
 * and the receive path's lookup walk.  A list is plenty for a teaching
 * kernel's handful of sockets.
 */
#ifndef _NET_INET_SOCK_H
#define _NET_INET_SOCK_H

#include <net/sock.h>
#include <uapi/linux/in.h>

struct inet_sock;

/* The protocol side of an AF_INET socket (Linux: struct proto). */
struct proto {
	const char *name;
	struct inet_sock *bind_list;		/* sockets holding a port */
	/* Would binding sk to port snum clash with others? */
	bool (*bind_conflict)(struct sock *sk, u16 snum);
	void (*close)(struct sock *sk);		/* the user closed the socket */
	void (*shutdown)(struct sock *sk, int how);	/* after sk_shutdown |= how */
	int (*disconnect)(struct sock *sk);	/* stop listening / connecting */
	/* SIOCINQ / SIOCOUTQ; -ENOIOCTLCMD for the rest. */
	int (*ioctl)(struct sock *sk, unsigned int cmd, unsigned long arg);
};

struct inet_sock {
	struct sock sk;
	const struct proto *prot;
	u32 inet_rcv_saddr;		/* bound local address (0 = any) */
	u32 inet_saddr;			/* source address used to send */
	u16 inet_num;			/* local port, host order; 0 = unbound */
	u16 inet_sport;			/* the same, network order */
	u32 inet_daddr;			/* peer (connected sockets) */
	u16 inet_dport;
	bool hashed;			/* on prot->bind_list */
	int uc_ttl;			/* IP_TTL; -1: the default, 64 */
	u8 tos;				/* IP_TOS */
	struct inet_sock *bind_next;
};

static inline struct inet_sock *inet_sk(struct sock *sk) { return (struct inet_sock *)sk; }

#define EPHEMERAL_LOW	32768		/* net.ipv4.ip_local_port_range */
#define EPHEMERAL_HIGH	60999

void inet_bind_hash(struct sock *sk, u16 snum);
int inet_get_port(struct sock *sk, u16 snum);	/* 0, -EADDRINUSE, -EAGAIN */
void inet_put_port(struct sock *sk);
int inet_autobind(struct sock *sk);
bool inet_addr_overlap(struct inet_sock *a, struct inet_sock *b);
int inet_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len);
int inet_getname(struct socket *sock, struct sockaddr *uaddr, int peer);
int inet_shutdown(struct socket *sock, int how);
int inet_release(struct socket *sock);
int inet_check_addr(struct sockaddr *uaddr, int addr_len);
int inet_ioctl(struct socket *sock, unsigned int cmd, unsigned long arg);

extern struct proto udp_prot, tcp_prot;
size_t udp_sock_size(void);
size_t tcp_sock_size(void);
void tcp_init_sock(struct sock *sk);
extern const struct proto_ops inet_stream_ops, inet_dgram_ops;
void udp_init(void);
void tcp_init(void);
int udp_setsockopt(struct socket *sock, int level, int optname, const char __user *optval, unsigned int optlen);
int udp_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen);

#endif
