/*
 * A one-thread TCP proxy that delays every byte by DELAY_US in each direction, in order: a stand-in
 * for `tc netem delay` on a kernel without sch_netem. One epoll loop and one timerfd (nanosecond
 * resolution), so unlike a thread-per-direction proxy it adds no wake-up storms of its own. Since the
 * delay is constant, chunks fall due in arrival order: one global FIFO holds them all.
 *
 *   gcc -O2 -o target/latency-proxy src/bench/c/latency-proxy.c
 *   target/latency-proxy LISTEN_PORT TARGET_PORT DELAY_US
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define MAX_FDS 65536
#define CHUNK 65536

struct chunk {
  uint64_t due_ns;
  int to_fd;     /* where the bytes go */
  int peer_fd;   /* the other end, closed together on EOF */
  unsigned generation; /* of to_fd when queued: a closed fd's number is reused by the next accept */
  size_t length; /* 0: the sender closed */
  struct chunk *next;
  char data[];
};

static int peer_of[MAX_FDS];
static int open_fd[MAX_FDS];
static unsigned generation_of[MAX_FDS];
static struct chunk *head, *tail;

static uint64_t now_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec;
}

static void no_delay(int fd) {
  int on = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

static void arm(int timer) {
  struct itimerspec when = {0};
  if (head) {
    when.it_value.tv_sec = (time_t)(head->due_ns / 1000000000ull);
    when.it_value.tv_nsec = (long)(head->due_ns % 1000000000ull);
  }
  timerfd_settime(timer, TFD_TIMER_ABSTIME, &when, NULL);
}

static void enqueue(int to_fd, int peer_fd, const char *bytes, size_t length, uint64_t delay_ns) {
  struct chunk *chunk = malloc(sizeof *chunk + length);
  chunk->due_ns = now_ns() + delay_ns;
  chunk->to_fd = to_fd;
  chunk->peer_fd = peer_fd;
  chunk->generation = generation_of[to_fd];
  chunk->length = length;
  chunk->next = NULL;
  memcpy(chunk->data, bytes, length);
  if (tail) tail->next = chunk; else head = chunk;
  tail = chunk;
}

static void close_one(int epoll, int fd) {
  if (open_fd[fd]) {
    epoll_ctl(epoll, EPOLL_CTL_DEL, fd, NULL);
    close(fd);
    open_fd[fd] = 0;
    generation_of[fd]++;
  }
}

static void close_pair(int epoll, int fd, int peer) {
  close_one(epoll, fd);
  close_one(epoll, peer);
}

static void deliver_due(int epoll) {
  uint64_t now = now_ns();
  while (head && head->due_ns <= now) {
    struct chunk *chunk = head;
    head = chunk->next;
    if (!head) tail = NULL;
    if (open_fd[chunk->to_fd] && chunk->generation == generation_of[chunk->to_fd]) {
      if (chunk->length == 0) {
        close_pair(epoll, chunk->to_fd, chunk->peer_fd);
      } else {
        size_t sent = 0; /* blocking sockets: loopback writes of what was read do not stall long */
        while (sent < chunk->length) {
          /* MSG_NOSIGNAL: a peer that closed (a client's read timeout) must not kill the proxy */
          ssize_t n = send(chunk->to_fd, chunk->data + sent, chunk->length - sent, MSG_NOSIGNAL);
          if (n <= 0) { close_pair(epoll, chunk->to_fd, chunk->peer_fd); break; }
          sent += (size_t)n;
        }
      }
    }
    free(chunk);
  }
}

static void watch(int epoll, int fd) {
  struct epoll_event event = {.events = EPOLLIN, .data.fd = fd};
  epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
  open_fd[fd] = 1;
}

static void accept_one(int epoll, int listener, int target_port) {
  int client = accept(listener, NULL, NULL);
  if (client < 0) return;
  int server = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in target = {.sin_family = AF_INET, .sin_port = htons(target_port)};
  target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (client >= MAX_FDS || server >= MAX_FDS ||
      connect(server, (struct sockaddr *)&target, sizeof target) < 0) {
    close(client);
    close(server);
    return;
  }
  no_delay(client);
  no_delay(server);
  peer_of[client] = server;
  peer_of[server] = client;
  watch(epoll, client);
  watch(epoll, server);
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s LISTEN_PORT TARGET_PORT DELAY_US\n", argv[0]);
    return 2;
  }
  int listen_port = atoi(argv[1]), target_port = atoi(argv[2]);
  uint64_t delay_ns = (uint64_t)atoll(argv[3]) * 1000ull;
  int listener = socket(AF_INET, SOCK_STREAM, 0), on = 1;
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(listen_port)};
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(listener, (struct sockaddr *)&address, sizeof address) < 0 || listen(listener, 512) < 0) {
    perror("listen");
    return 1;
  }
  signal(SIGPIPE, SIG_IGN);
  int epoll = epoll_create1(0);
  int timer = timerfd_create(CLOCK_MONOTONIC, 0);
  struct epoll_event event = {.events = EPOLLIN, .data.fd = listener};
  epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event);
  event.data.fd = timer;
  epoll_ctl(epoll, EPOLL_CTL_ADD, timer, &event);
  static char buffer[CHUNK];
  struct epoll_event ready[256];
  for (;;) {
    int count = epoll_wait(epoll, ready, 256, -1);
    if (count < 0 && errno == EINTR) continue;
    for (int i = 0; i < count; i++) {
      int fd = ready[i].data.fd;
      if (fd == listener) {
        accept_one(epoll, listener, target_port);
      } else if (fd == timer) {
        uint64_t expirations;
        if (read(timer, &expirations, sizeof expirations) < 0) { /* a stale wake-up */ }
      } else if (open_fd[fd]) {
        ssize_t n = read(fd, buffer, sizeof buffer);
        enqueue(peer_of[fd], fd, buffer, n > 0 ? (size_t)n : 0, delay_ns);
        if (n <= 0) { epoll_ctl(epoll, EPOLL_CTL_DEL, fd, NULL); }
      }
    }
    deliver_due(epoll);
    arm(timer);
  }
}
