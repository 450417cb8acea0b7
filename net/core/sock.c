/* net/core/sock.c — what every socket shares, whatever its protocol:
 * allocation, wake-ups, the pending error, and the SOL_SOCKET options
 * (setsockopt / getsockopt at level SOL_SOCKET never reach a protocol).
 * Values and error rules follow Linux's net/core/sock.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <net/sock.h>
#include <net/tcp_states.h>

unsigned long nr_socks;

struct sock *sk_alloc(int family, size_t size)
{
	struct sock *sk = kzalloc(size);

	if (!sk)
		return NULL;
	sk->sk_family = family;
	skb_queue_head_init(&sk->sk_receive_queue);
	init_waitqueue_head(&sk->sk_wq);
	sk->sk_rcvbuf = SYSCTL_RMEM_MAX;
	sk->sk_sndbuf = SYSCTL_WMEM_MAX;
	sk->sk_rcvlowat = 1;
	nr_socks++;
	return sk;
}

void sk_free(struct sock *sk)
{
	skb_queue_purge(&sk->sk_receive_queue);
	if (sk->sk_destruct)
		sk->sk_destruct(sk);
	kfree(sk);
	nr_socks--;
}

void sock_init_data(struct socket *sock, struct sock *sk)
{
	sk->sk_type = sock->type;
	sk->sk_socket = sock;
	sock->sk = sk;
}

void sk_wake(struct sock *sk)
{
	wake_up(&sk->sk_wq);
}

int sock_error(struct sock *sk)
{
	int err = sk->sk_err;

	sk->sk_err = 0;
	return -err;
}

int put_int_option(int val, char __user *optval, int __user *optlen)
{
	int len;

	if (get_user(len, optlen))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	if (len > (int)sizeof(int))
		len = sizeof(int);
	if (copy_to_user(optval, &val, len))
		return -EFAULT;
	return put_user(len, optlen);
}

int get_int_option(int *val, const char __user *optval, unsigned int optlen)
{
	if (optlen < sizeof(int))
		return -EINVAL;
	return get_user(*val, (int __user *)optval);
}

int sock_setsockopt(struct socket *sock, int optname, const char __user *optval, unsigned int optlen)
{
	struct sock *sk = sock->sk;
	int val, err;

	err = get_int_option(&val, optval, optlen);
	if (err)
		return err;
	switch (optname) {
	case SO_REUSEADDR:
		sk->sk_reuse = val != 0;
		return 0;
	case SO_KEEPALIVE:
		sk->sk_keepalive = val != 0;
		return 0;
	case SO_RCVBUF:
		/* Linux doubles the request to allow for bookkeeping. */
		val = min((unsigned int)val, SYSCTL_RMEM_MAX);
		sk->sk_rcvbuf = max(val * 2, SOCK_MIN_RCVBUF);
		return 0;
	case SO_SNDBUF:
		val = min((unsigned int)val, SYSCTL_WMEM_MAX);
		sk->sk_sndbuf = max(val * 2, SOCK_MIN_SNDBUF);
		return 0;
	case SO_RCVLOWAT:
		sk->sk_rcvlowat = val ? val : 1;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

int sock_getsockopt(struct socket *sock, int optname, char __user *optval, int __user *optlen)
{
	struct sock *sk = sock->sk;
	int len;

	if (get_user(len, optlen))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	switch (optname) {
	case SO_TYPE:      return put_int_option(sk->sk_type, optval, optlen);
	case SO_ERROR:     return put_int_option(-sock_error(sk), optval, optlen);
	case SO_REUSEADDR: return put_int_option(sk->sk_reuse, optval, optlen);
	case SO_KEEPALIVE: return put_int_option(sk->sk_keepalive, optval, optlen);
	case SO_RCVBUF:    return put_int_option(sk->sk_rcvbuf, optval, optlen);
	case SO_SNDBUF:    return put_int_option(sk->sk_sndbuf, optval, optlen);
	case SO_RCVLOWAT:  return put_int_option(sk->sk_rcvlowat, optval, optlen);
	case SO_DOMAIN:    return put_int_option(sk->sk_family, optval, optlen);
	case SO_PROTOCOL:  return put_int_option(sk->sk_protocol, optval, optlen);
	case SO_ACCEPTCONN:
		return put_int_option(sk->sk_state == TCP_LISTEN, optval, optlen);
	default:
		return -ENOPROTOOPT;
	}
}

/* For operations a kind of socket does not have (Linux: sock_no_*). */
int sock_no_socketpair(struct socket *a, struct socket *b) { return -EOPNOTSUPP; }
int sock_no_listen(struct socket *sock, int backlog) { return -EOPNOTSUPP; }
int sock_no_accept(struct socket *sock, struct socket *newsock, int flags) { return -EOPNOTSUPP; }
