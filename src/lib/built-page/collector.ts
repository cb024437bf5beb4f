/**
 * A collector listens to the one streaming parse of a built page and keeps
 * what one post-build step needs. htmlparser2 closes every element it opens
 * (void and implied ends included), so a collector can keep its own stack.
 */
export interface Collector<T> {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
  result(): T;
}
